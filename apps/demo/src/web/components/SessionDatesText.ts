import type { Language, SessionDates } from "@remit/core";
import type { Translate } from "../i18n/Catalogs";
import { periodText } from "./PeriodText";

/**
 * A session's dates in the reader's language, as precisely as they are known: "10–12 May
 * 2021", "August 2020 (3 days)", "no later than 1 March 2021", "dates not known".
 */
export function sessionDatesText(dates: SessionDates, language: Language, t: Translate): string {
  const length = dates.durationDays === undefined ? "" : ` ${t("durationDays", { count: dates.durationDays })}`;
  switch (dates.kind) {
    case "period":
      return `${periodText(dates.period, language)}${length}`;
    case "bound": {
      const day = (date: string) => periodText({ start: date }, language);
      const bound =
        dates.notBefore !== undefined && dates.notAfter !== undefined
          ? t("datesWithin", { from: day(dates.notBefore), to: day(dates.notAfter) })
          : dates.notAfter !== undefined
            ? t("datesNotAfter", { date: day(dates.notAfter) })
            : t("datesNotBefore", { date: day(dates.notBefore ?? "") });
      return `${bound}${length}`;
    }
    case "unknown":
      return `${t("datesUnknown")}${length}`;
  }
}
