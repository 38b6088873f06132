import { actAndNumberName } from "./ActAndNumberName";
import type { PartialDate } from "../time/PartialDate";
import { dateParts, spanShape, type DateParts } from "./DateParts";
import type { ReportFormat } from "./ReportTemplates";
import { russianNameIn, type RussianCase } from "./RussianCases";

const MONTHS_OF = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
];
const MONTHS = [
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
];
const MONTHS_IN = [
  "январе",
  "феврале",
  "марте",
  "апреле",
  "мае",
  "июне",
  "июле",
  "августе",
  "сентябре",
  "октябре",
  "ноябре",
  "декабре",
];

const UNITS = ["", "первый", "второй", "третий", "четвертый", "пятый", "шестой", "седьмой", "восьмой", "девятый"];
const TEENS = [
  "десятый",
  "одиннадцатый",
  "двенадцатый",
  "тринадцатый",
  "четырнадцатый",
  "пятнадцатый",
  "шестнадцатый",
  "семнадцатый",
  "восемнадцатый",
  "девятнадцатый",
];
const TENTHS = [
  "",
  "",
  "двадцатый",
  "тридцатый",
  "сороковой",
  "пятидесятый",
  "шестидесятый",
  "семидесятый",
  "восьмидесятый",
  "девяностый",
];
const TENS = [
  "",
  "",
  "двадцать",
  "тридцать",
  "сорок",
  "пятьдесят",
  "шестьдесят",
  "семьдесят",
  "восемьдесят",
  "девяносто",
];
const CARDINALS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"];

/**
 * A Russian ordinal in words, masculine nominative ("двадцать девятый"), from 1 to 99;
 * digits with "-й" from 100 on.
 * @example russianOrdinal(29) // "двадцать девятый"
 */
export function russianOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n >= 100) return `${n}-й`;
  if (n < 10) return UNITS[n] ?? String(n);
  if (n < 20) return TEENS[n - 10] ?? String(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return units === 0 ? (TENTHS[tens] ?? String(n)) : `${TENS[tens] ?? ""} ${UNITS[units] ?? ""}`;
}

/** The last word of an ordinal in another gender: feminine "тридцатая", "третья"; neuter "седьмое". */
function ordinalIn(ordinal: string, gender: "feminine" | "neuter"): string {
  return ordinal.replace(/(ий|ый|ой)$/u, (ending) =>
    gender === "feminine" ? (ending === "ий" ? "ья" : "ая") : ending === "ий" ? "ье" : "ое",
  );
}

function date(parts: DateParts): string {
  if (parts.month === undefined) return `${parts.year} год`;
  if (parts.day === undefined) return `${MONTHS[parts.month - 1] ?? ""} ${parts.year} года`;
  return `${parts.day} ${MONTHS_OF[parts.month - 1] ?? ""} ${parts.year} года`;
}

function span(start: PartialDate, end?: PartialDate): string {
  const a = dateParts(start);
  const b = end === undefined ? undefined : dateParts(end);
  switch (spanShape(a, b)) {
    case "single":
      return date(a);
    case "same-month":
      return `${a.day}–${b?.day} ${MONTHS_OF[(a.month ?? 1) - 1] ?? ""} ${a.year} года`;
    case "same-year":
      return a.day === undefined
        ? `${MONTHS[(a.month ?? 1) - 1] ?? ""} – ${date(b ?? a)}`
        : `${a.day} ${MONTHS_OF[(a.month ?? 1) - 1] ?? ""} – ${date(b ?? a)}`;
    case "apart":
      return a.month === undefined && b?.month === undefined
        ? `${a.year}–${b?.year} годы`
        : `${date(a)} – ${date(b ?? a)}`;
  }
}

/** A session in a case: "двадцать девятая сессия" → "двадцать девятой сессии". */
function sessionIn(phrase: string, grammaticalCase: RussianCase): string {
  return phrase
    .replace(/ая(?= )/gu, "ой")
    .replace(/ья(?= )/gu, "ьей")
    .replace(/сессия$/u, grammaticalCase === "ins" ? "сессией" : "сессии");
}

/** A resolution or decision in a case: "резолюция 74/173 …" → "резолюцией 74/173 …". */
function actIn(phrase: string, grammaticalCase: RussianCase): string {
  const forms: Readonly<Record<string, Readonly<Record<RussianCase, string>>>> = {
    резолюция: { gen: "резолюции", dat: "резолюции", ins: "резолюцией", prep: "резолюции" },
    решение: { gen: "решения", dat: "решению", ins: "решением", prep: "решении" },
  };
  const [head = "", ...rest] = phrase.split(" ");
  const form = forms[head]?.[grammaticalCase];
  return form === undefined ? phrase : [form, ...rest].join(" ");
}

const DAY_DATE = /^\d/u;
const MONTH_DATE = new RegExp(`^(${MONTHS.join("|")}) (\\d{4}) года$`, "u");
const YEAR = /^(\d{4}) год$/u;
const YEARS = /^(\d{4}–\d{4}) годы$/u;

/** A date as an adverbial of time: "в августе 2020 года", "в 2020 году", "6–8 апреля 2020 года". */
function whenIn(phrase: string): string {
  const month = MONTH_DATE.exec(phrase);
  if (month !== null) return `в ${MONTHS_IN[MONTHS.indexOf(month[1] ?? "")] ?? ""} ${month[2]} года`;
  const year = YEAR.exec(phrase);
  if (year !== null) return `в ${year[1]} году`;
  const years = YEARS.exec(phrase);
  if (years !== null) return `в ${years[1]} годах`;
  return phrase;
}

/** A date after "с" (since): "с марта 2020 года", "с 2020 года". */
function since(phrase: string): string {
  const month = MONTH_DATE.exec(phrase);
  if (month !== null) return `с ${MONTHS_OF[MONTHS.indexOf(month[1] ?? "")] ?? ""} ${month[2]} года`;
  const year = YEAR.exec(phrase);
  if (year !== null) return `с ${year[1]} года`;
  return DAY_DATE.test(phrase) ? `с ${phrase}` : phrase;
}

/** A year as a deadline: "к 2020 году". */
function byYear(phrase: string): string {
  const year = YEAR.exec(phrase);
  return year === null ? `к ${phrase}` : `к ${year[1]} году`;
}

function inflect(phrase: string, form: string): string {
  if (form === "on") return whenIn(phrase);
  if (form === "yr") return YEAR.exec(phrase)?.[1] ?? phrase;
  if (form === "by") return byYear(phrase);
  if (form === "since") return since(phrase);
  if (form !== "gen" && form !== "dat" && form !== "ins" && form !== "prep") return phrase;
  if (/сессия$/u.test(phrase)) return sessionIn(phrase, form);
  if (/^(резолюция|решение) /u.test(phrase)) return actIn(phrase, form);
  return russianNameIn(phrase, form);
}

/**
 * Russian dates ("6–8 апреля 2020 года"), ordinals ("тридцатая сессия", "седьмое
 * совещание") and names ("резолюция 74/173 Генеральной Ассамблеи") in the style of UN
 * Russian documents. `inflect` puts names, sessions and acts into the case a template asks
 * for ("gen", "dat", "ins", "prep") and dates into an adverbial ("on": "в августе 2020
 * года"; "since": "с марта 2020 года"; "by": "к 2020 году"; "yr": the bare year of
 * "2011 год", for a list of years after "в … годах").
 */
export const RUSSIAN_FORMAT: ReportFormat = {
  mandate: actAndNumberName({ declaration: "декларация", decision: "решение", resolution: "резолюция" }, (body) =>
    russianNameIn(body, "gen"),
  ),
  session: (n) => `${ordinalIn(russianOrdinal(n), "feminine")} сессия`,
  // A meeting (совещание) is neuter: "седьмое совещание".
  meeting: (n) => ordinalIn(russianOrdinal(n), "neuter"),
  cardinal: (n) =>
    Number.isInteger(n) && n >= 0 && n < 10 ? (CARDINALS[n] ?? String(n)) : new Intl.NumberFormat("ru").format(n),
  date: (value) => date(dateParts(value)),
  span,
  bound: (notBefore, notAfter) =>
    [
      notBefore === undefined ? "" : `не ранее ${date(dateParts(notBefore))}`,
      notAfter === undefined ? "" : `не позднее ${date(dateParts(notAfter))}`,
    ]
      .filter((part) => part !== "")
      .join(" и "),
  ageBand: (band) => (band.endsWith("+") ? `${band.slice(0, -1)} лет и старше` : `${band.replace("-", "–")} лет`),
  // UN Russian documents name an organisation in Russian; its Latin acronym would be a foreign word in the text.
  partner: (name) => name,
  inflect,
  forms: ["gen", "dat", "ins", "prep", "on", "yr", "by", "since"],
  agendaItem: (item) => `Пункт ${item.replace(/^(\d+)\(([a-z])\)$/u, "$1 $2)")} предварительной повестки дня`,
  placeAndDates: (place, dates) => [place, dates].filter((part) => part !== undefined).join(", "),
};
