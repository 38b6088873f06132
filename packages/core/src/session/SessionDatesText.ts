import type { Language } from "../text/Language";
import { formatPartialDateIn } from "../time/PartialDateText";
import { formatPeriodIn } from "../time/PeriodInWords";
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
 * How session dates are written: `table` keeps each end of a range whole ("du 17 mai 2021 au
 * 21 mai 2021") and English dates in the records' ISO form, as listings and JSON share them;
 * `reading` writes them as running text does, English included, a range closed up on what
 * its ends share ("17–21 May 2021", "2021年5月17日至21日").
 */
export type DatesStyle = "table" | "reading";

/** Languages whose phrases for a bound take a day only (another case or preposition for a month or a year). */
const DAY_ONLY_PHRASES: readonly Language[] = ["fr", "es", "ru"];

/**
 * A session's dates as a reader of a language reads them: "du 17 mai 2021 au 21 mai 2021
 * (5 jours)", "不晚于2021年3月1日", "даты неизвестны", "2021-05-17 to 2021-05-21" in a table;
 * "17–21 May 2021 (5 days)", "no later than 1 March 2021" in running text (`style`). The
 * length in days is worded by `Intl.NumberFormat`'s day unit, which knows each language's
 * plural forms. `describeDates` is this in English, with the record's ISO dates.
 * @example describeDatesIn({ kind: "period", period: { start: "2021-05-17", end: "2021-05-21" }, durationDays: 5 }, "zh") // "2021年5月17日至2021年5月21日（5天）"
 * @example describeDatesIn({ kind: "bound", notAfter: "2021-03-01" }, "en", "reading") // "no later than 1 March 2021"
 */
export function describeDatesIn(dates: SessionDates, language: Language, style: DatesStyle = "table"): string {
  const written = (date: string) =>
    DAY_ONLY_PHRASES.includes(language) && !/^\d{4}-\d{2}-\d{2}$/u.test(date)
      ? date
      : style === "reading"
        ? formatPeriodIn({ start: date }, language)
        : formatPartialDateIn(date, language);
  if (style === "reading" && dates.kind === "period") {
    return `${formatPeriodIn(dates.period, language)}${lengthOf(dates, language)}`;
  }
  return datesPhrase(dates, language, written);
}

/**
 * The English phrase with the record's own dates, for messages (`describeDates`). Kept apart
 * from `describeDatesIn` so that a schema's bundle, which words its messages with this, does
 * not carry the other languages' ways of writing a date.
 */
export function describeDatesInEnglish(dates: SessionDates): string {
  return datesPhrase(dates, "en", (date) => date);
}

/** A session's length in days, after its dates: " (5 days)", "（5天）"; nothing when not known. */
function lengthOf(dates: SessionDates, language: Language): string {
  if (dates.durationDays === undefined) return "";
  const days = new Intl.NumberFormat(language, { style: "unit", unit: "day", unitDisplay: "long" }).format(
    dates.durationDays,
  );
  return language === "zh" ? `（${days}）` : ` (${days})`;
}

function datesPhrase(dates: SessionDates, language: Language, written: (date: string) => string): string {
  const words = WORDS[language];
  const length = lengthOf(dates, language);
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
