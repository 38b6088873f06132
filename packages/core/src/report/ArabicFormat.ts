import { ARABIC_MONTHS, arabicOrdinal } from "../text/ArabicWords";
import type { PartialDate } from "../time/PartialDate";
import { dateParts, spanShape, type DateParts } from "./DateParts";
import type { ReportFormat } from "./ReportTemplates";

/**
 * The genitive (and accusative) of an ordinal's tens and of a definite sound masculine
 * plural: "الثلاثون" → "الثلاثين", "الممارسون" → "الممارسين" (after "من", in an idafa).
 * A plural in construct before a definite noun too: "موظفو الشرطة" → "موظفي الشرطة".
 * "القانون" and other nouns whose stem ends in "ون" are left alone.
 */
function genitive(phrase: string): string {
  return phrase
    .replace(/(?<=(?:^|\s|و)ال\p{L}{2,})(?<!ان)ون(?=$|\s|،)/gu, "ين")
    .replace(/(?<=(?:^|\s|و)م\p{L}{2,})و(?=\sال)/gu, "ي");
}

/** A session as "its" session, for a body named in the feminine: "دورتها التاسعة والعشرين". */
function herSession(phrase: string): string {
  return genitive(phrase.replace(/^الدورة /u, "دورتها "));
}

function month(parts: DateParts): string {
  return parts.month === undefined ? "" : (ARABIC_MONTHS[parts.month - 1] ?? "");
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
      return `${a.day}-${b?.day} ${month(a)} ${a.year}`;
    case "same-year":
      return a.day === undefined ? `${month(a)} - ${date(b ?? a)}` : `${a.day} ${month(a)} - ${date(b ?? a)}`;
    case "apart":
      return `${date(a)} - ${date(b ?? a)}`;
  }
}

const DAYS_SPAN = /^(\d+)-(\d+) (.+ \d{4})$/u;
const YEARS_SPAN = /^(\d{4})\s?-\s?(\d{4})$/u;

/**
 * A date with its preposition in running text: "في 6 نيسان/أبريل 2020", "في الفترة من 6
 * إلى 8 نيسان/أبريل 2020", "في عام 2020", "في آب/أغسطس 2020"; a bound as it is.
 */
function onDate(phrase: string): string {
  const days = DAYS_SPAN.exec(phrase);
  if (days !== null) return `في الفترة من ${days[1]} إلى ${days[2]} ${days[3]}`;
  const years = YEARS_SPAN.exec(phrase);
  if (years !== null) return `في الفترة ${years[1]}-${years[2]}`;
  if (/^\d{4}$/u.test(phrase)) return `في عام ${phrase}`;
  if (/ - /u.test(phrase)) return `في الفترة من ${phrase.replace(" - ", " إلى ")}`;
  if (/^في موعد|^ليس قبل/u.test(phrase)) return phrase;
  return `في ${phrase}`;
}

/** "منذ" before a date: "منذ آذار/مارس 2020", "منذ عام 2020". */
function since(phrase: string): string {
  return /^\d{4}$/u.test(phrase) ? `منذ عام ${phrase}` : `منذ ${phrase}`;
}

const AGENDA_LETTERS: Readonly<Record<string, string>> = {
  a: "أ",
  b: "ب",
  c: "ج",
  d: "د",
  e: "هـ",
  f: "و",
  g: "ز",
  h: "ح",
};

/**
 * Arabic dates in UN style ("6-8 نيسان/أبريل 2020", both month names), sessions in words
 * ("الدورة الثلاثون"), and names ("قرار الجمعية العامة 74/173", "مقرر الجمعية العامة
 * 74/567"). Figures stay in Western digits, as UN Arabic documents print them. `inflect`
 * gives an ordinal or a sound plural its genitive ("gen": "الدورة التاسعة والعشرين",
 * "الممارسين"), a session its feminine possessive ("her": "دورتها الثلاثين"), and a date
 * its preposition ("on", "since").
 */
export const ARABIC_FORMAT: ReportFormat = {
  mandate: ({ kind, number, body, title }) => {
    if (kind === "declaration" || number === undefined) {
      const name = title ?? body ?? "الإعلان";
      return { short: name, full: name };
    }
    const act = kind === "decision" ? "مقرر" : "قرار";
    return {
      short: `ال${act} ${number}`,
      full: body === undefined ? `ال${act} ${number}` : `${act} ${body} ${number}`,
    };
  },
  session: (n) => `الدورة ${arabicOrdinal(n, "feminine")}`,
  meeting: (n) => arabicOrdinal(n, "masculine"),
  cardinal: (n) => new Intl.NumberFormat("ar-u-nu-latn").format(n),
  date: (value) => date(dateParts(value)),
  span,
  bound: (notBefore, notAfter) =>
    [
      notBefore === undefined ? "" : `ليس قبل ${date(dateParts(notBefore))}`,
      notAfter === undefined ? "" : `في موعد أقصاه ${date(dateParts(notAfter))}`,
    ]
      .filter((part) => part !== "")
      .join(" و"),
  ageBand: (band) => (band.endsWith("+") ? `${band.slice(0, -1)} سنة فأكثر` : `${band.replace("-", " و")} سنة`),
  // UN Arabic documents name an organisation in Arabic; its Latin acronym would be a foreign word in the text.
  partner: (name) => name,
  inflect: (phrase, form) => {
    if (form === "gen") return genitive(phrase);
    if (form === "her") return herSession(phrase);
    if (form === "on") return onDate(phrase);
    if (form === "since") return since(phrase);
    return phrase;
  },
  forms: ["gen", "her", "on", "since"],
  agendaItem: (item) => {
    const match = /^(\d+)\(([a-z])\)$/u.exec(item);
    const number = match === null ? item : `${match[1]} (${AGENDA_LETTERS[match[2] ?? ""] ?? match[2]})`;
    return `البند ${number} من جدول الأعمال المؤقت`;
  },
  placeAndDates: (place, dates) => [place, dates].filter((part) => part !== undefined).join("، "),
};
