import type { Language } from "../text/Language";
import type { SessionDates } from "./SessionDates";

interface DatesWords {
  readonly range: (start: string, end: string) => string;
  readonly notBefore: (date: string) => string;
  readonly notAfter: (date: string) => string;
  readonly unknown: string;
}

// Dates stay as the record writes them (2021-05-17, 2021-05, 2021): a table reads them in any
// language, and a partial date has no other written form that keeps its precision.
const WORDS: Readonly<Record<Language, DatesWords>> = {
  en: {
    range: (start, end) => `${start} to ${end}`,
    notBefore: (date) => `no earlier than ${date}`,
    notAfter: (date) => `no later than ${date}`,
    unknown: "dates not known",
  },
  fr: {
    range: (start, end) => `du ${start} au ${end}`,
    notBefore: (date) => `au plus tôt le ${date}`,
    notAfter: (date) => `au plus tard le ${date}`,
    unknown: "dates inconnues",
  },
  es: {
    range: (start, end) => `del ${start} al ${end}`,
    notBefore: (date) => `no antes del ${date}`,
    notAfter: (date) => `a más tardar el ${date}`,
    unknown: "fechas desconocidas",
  },
  ru: {
    range: (start, end) => `с ${start} по ${end}`,
    notBefore: (date) => `не ранее ${date}`,
    notAfter: (date) => `не позднее ${date}`,
    unknown: "даты неизвестны",
  },
  ar: {
    range: (start, end) => `من ${start} إلى ${end}`,
    notBefore: (date) => `ليس قبل ${date}`,
    notAfter: (date) => `في موعد أقصاه ${date}`,
    unknown: "المواعيد غير معروفة",
  },
  zh: {
    range: (start, end) => `${start}至${end}`,
    notBefore: (date) => `不早于${date}`,
    notAfter: (date) => `不晚于${date}`,
    unknown: "日期不详",
  },
};

/**
 * A session's dates as a reader of a language reads them in a table: "du 2021-05-17 au
 * 2021-05-21 (5 jours)", "不晚于2021-03-01", "даты неизвестны", "2021-05-17 to 2021-05-21".
 * The length in days is worded by `Intl.NumberFormat`'s day unit, which knows each language's
 * plural forms. `describeDates` is this in English.
 * @example describeDatesIn({ kind: "period", period: { start: "2021-05-17", end: "2021-05-21" }, durationDays: 5 }, "zh") // "2021-05-17至2021-05-21（5天）"
 */
export function describeDatesIn(dates: SessionDates, language: Language): string {
  const words = WORDS[language];
  const days =
    dates.durationDays === undefined
      ? ""
      : new Intl.NumberFormat(language, { style: "unit", unit: "day", unitDisplay: "long" }).format(dates.durationDays);
  const length = days === "" ? "" : language === "zh" ? `（${days}）` : ` (${days})`;
  switch (dates.kind) {
    case "period": {
      const { start, end } = dates.period;
      return `${end === undefined || end === start ? start : words.range(start, end)}${length}`;
    }
    case "bound": {
      const parts = [
        ...(dates.notBefore === undefined ? [] : [words.notBefore(dates.notBefore)]),
        ...(dates.notAfter === undefined ? [] : [words.notAfter(dates.notAfter)]),
      ];
      return `${new Intl.ListFormat(language, { type: "conjunction" }).format(parts)}${length}`;
    }
    case "unknown":
      return `${words.unknown}${length}`;
  }
}
