import type { PartialDate } from "../time/PartialDate";
import { dateParts, spanShape, type DateParts } from "./DateParts";
import type { ReportFormat } from "./ReportTemplates";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const TEENS = [
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const TENTHS = [
  "",
  "",
  "twentieth",
  "thirtieth",
  "fortieth",
  "fiftieth",
  "sixtieth",
  "seventieth",
  "eightieth",
  "ninetieth",
];

/**
 * An ordinal in words, as UN documents write sessions ("twenty-ninth", "thirtieth"); from
 * 100 on, digits with a suffix ("101st").
 * @example englishOrdinal(29) // "twenty-ninth"
 */
export function englishOrdinal(n: number): string {
  if (n >= 1 && n < 10) return UNITS[n] ?? String(n);
  if (n >= 10 && n < 20) return TEENS[n - 10] ?? String(n);
  if (n >= 20 && n < 100) {
    const tens = Math.floor(n / 10);
    const units = n % 10;
    return units === 0 ? (TENTHS[tens] ?? String(n)) : `${TENS[tens] ?? ""}-${UNITS[units] ?? ""}`;
  }
  const suffix = new Intl.PluralRules("en", { type: "ordinal" }).select(n);
  return `${n}${{ one: "st", two: "nd", few: "rd" }[suffix as "one" | "two" | "few"] ?? "th"}`;
}

function month(parts: DateParts): string {
  return parts.month === undefined ? "" : (MONTHS[parts.month - 1] ?? "");
}

function date(parts: DateParts): string {
  if (parts.month === undefined) return String(parts.year);
  if (parts.day === undefined) return `${month(parts)} ${parts.year}`;
  return `${parts.day} ${month(parts)} ${parts.year}`;
}

function span(start: PartialDate, end?: PartialDate): string {
  const a = dateParts(start);
  const b = end === undefined ? undefined : dateParts(end);
  switch (spanShape(a, b)) {
    case "single":
      return date(a);
    case "same-month":
      return `${a.day}–${b?.day} ${month(a)} ${a.year}`;
    case "same-year":
      return a.day === undefined ? `${month(a)}–${date(b ?? a)}` : `${a.day} ${month(a)}–${date(b ?? a)}`;
    case "apart":
      return `${date(a)}–${date(b ?? a)}`;
  }
}

/** English dates, ordinals and names in the style of UN documents ("6–8 April 2020"). */
export const ENGLISH_FORMAT: ReportFormat = {
  mandate: ({ kind, number, body, title }) => {
    if (kind === "declaration" || number === undefined) {
      const name = title ?? body ?? kind;
      return { short: name, full: name };
    }
    return { short: `${kind} ${number}`, full: body === undefined ? `${kind} ${number}` : `${body} ${kind} ${number}` };
  },
  session: (n) => `${englishOrdinal(n)} session`,
  meeting: (n) => englishOrdinal(n),
  cardinal: (n) =>
    Number.isInteger(n) && n >= 0 && n < 10
      ? (["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][n] ?? String(n))
      : new Intl.NumberFormat("en").format(n),
  date: (value) => date(dateParts(value)),
  span,
  bound: (notBefore, notAfter) =>
    [
      notBefore === undefined ? "" : `no earlier than ${date(dateParts(notBefore))}`,
      notAfter === undefined ? "" : `no later than ${date(dateParts(notAfter))}`,
    ]
      .filter((part) => part !== "")
      .join(" and "),
  ageBand: (band) => band.replace("-", "–").replace("+", " or over"),
  partner: (name, acronym) => (acronym === undefined || acronym === name ? name : `${name} (${acronym})`),
  agendaItem: (item) => `Item ${item} of the provisional agenda`,
  placeAndDates: (place, dates) => [place, dates].filter((part) => part !== undefined).join(", "),
};
