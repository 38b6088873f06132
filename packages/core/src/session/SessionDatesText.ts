import type { Language } from "../text/Language";
import { formatPartialDateIn } from "../time/PartialDateText";
import type { SessionDates } from "./SessionDates";

interface DatesWords {
  readonly range: (start: string, end: string) => string;
  readonly notBefore: (date: string) => string;
  readonly notAfter: (date: string) => string;
  readonly unknown: string;
}

// Each date is written as the language writes it (formatPartialDateIn). Chinese and Arabic
// phrases read the same whatever a date's precision ("不晚于2021年3月", "في موعد أقصاه آذار/مارس
// 2021"); French, Spanish and Russian ones take a day ("au plus tard le 1er mars 2021", "не
// позднее 1 марта 2021 г.") and would need another preposition or case for a month or a
// year, so there a month or a year stays as the record writes it (2021-03, 2021).
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
 * A session's dates as a reader of a language reads them in a table: "du 17 mai 2021 au
 * 21 mai 2021 (5 jours)", "不晚于2021年3月1日", "даты неизвестны", "2021-05-17 to 2021-05-21".
 * The length in days is worded by `Intl.NumberFormat`'s day unit, which knows each language's
 * plural forms. `describeDates` is this in English, with the record's ISO dates.
 * @example describeDatesIn({ kind: "period", period: { start: "2021-05-17", end: "2021-05-21" }, durationDays: 5 }, "zh") // "2021年5月17日至2021年5月21日（5天）"
 */
export function describeDatesIn(dates: SessionDates, language: Language): string {
  return datesPhrase(dates, language, (date) =>
    language === "zh" || language === "ar" || /^\d{4}-\d{2}-\d{2}$/u.test(date)
      ? formatPartialDateIn(date, language)
      : date,
  );
}

/**
 * The English phrase with the record's own dates, for messages (`describeDates`). Kept apart
 * from `describeDatesIn` so that a schema's bundle, which words its messages with this, does
 * not carry the other languages' ways of writing a date.
 */
export function describeDatesInEnglish(dates: SessionDates): string {
  return datesPhrase(dates, "en", (date) => date);
}

function datesPhrase(dates: SessionDates, language: Language, written: (date: string) => string): string {
  const words = WORDS[language];
  const days =
    dates.durationDays === undefined
      ? ""
      : new Intl.NumberFormat(language, { style: "unit", unit: "day", unitDisplay: "long" }).format(dates.durationDays);
  const length = days === "" ? "" : language === "zh" ? `（${days}）` : ` (${days})`;
  switch (dates.kind) {
    case "period": {
      const { start, end } = dates.period;
      return `${end === undefined || end === start ? written(start) : words.range(written(start), written(end))}${length}`;
    }
    case "bound": {
      const parts = [
        ...(dates.notBefore === undefined ? [] : [words.notBefore(written(dates.notBefore))]),
        ...(dates.notAfter === undefined ? [] : [words.notAfter(written(dates.notAfter))]),
      ];
      return `${new Intl.ListFormat(language, { type: "conjunction" }).format(parts)}${length}`;
    }
    case "unknown":
      return `${words.unknown}${length}`;
  }
}
