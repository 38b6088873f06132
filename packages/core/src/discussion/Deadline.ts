import type { OpeningWindow } from "../session";
import type { FindingWording } from "./findings/FindingSlots";
import type { PartialDate } from "../time/PartialDate";
import { earliestDay, latestDay } from "../time/PartialDate";

/**
 * The same day `months` calendar months earlier, clamped to the month's last day:
 * "2011-04-11" minus 2 is "2011-02-11"; "2021-03-31" minus 1 is "2021-02-28".
 */
export function monthsBefore(day: string, months: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${String(targetYear).padStart(4, "0")}-${String(targetMonth).padStart(2, "0")}-${String(Math.min(date, lastDay)).padStart(2, "0")}`;
}

/**
 * The last day something may happen to be `months` months before a session opens, as a
 * window: the opening day may itself be known only to the month or by a bound.
 */
export function deadlineBefore(opening: OpeningWindow, months: number): OpeningWindow {
  return {
    ...(opening.earliest !== undefined ? { earliest: monthsBefore(opening.earliest, months) } : {}),
    ...(opening.latest !== undefined ? { latest: monthsBefore(opening.latest, months) } : {}),
  };
}

/** Whether a date meets a deadline: certainly on time, certainly late, or cannot tell. */
export type DeadlineVerdict = "on-time" | "late" | "undetermined";

/**
 * Judges a partial date against a deadline window. On time when even its last possible day is
 * no later than the earliest possible deadline; late when even its first possible day is after
 * the latest possible deadline; otherwise undetermined (a month-precision date near the
 * deadline, or a session whose opening is only bounded).
 * @example meetsDeadline("2011-02-10", { earliest: "2011-02-11", latest: "2011-02-11" }) // "on-time"
 */
export function meetsDeadline(date: PartialDate, deadline: OpeningWindow): DeadlineVerdict {
  if (deadline.earliest !== undefined && latestDay(date) <= deadline.earliest) return "on-time";
  if (deadline.latest !== undefined && earliestDay(date) > deadline.latest) return "late";
  return "undetermined";
}

/** "2011-02-11", "between 2020-06-01 and 2020-06-30", "no later than 2021-01-01", "unknown". */
export function describeWindow(window: OpeningWindow): string {
  const { earliest, latest } = window;
  if (earliest !== undefined && latest !== undefined) {
    return earliest === latest ? earliest : `between ${earliest} and ${latest}`;
  }
  if (latest !== undefined) return `no later than ${latest}`;
  if (earliest !== undefined) return `no earlier than ${earliest}`;
  return "unknown";
}

/**
 * The deadline phrase used in findings: "the deadline 2011-02-11, two months before the
 * session opens on 2011-04-11", or "an unknown deadline, …" when it cannot be computed.
 */
export function describeDeadline(deadline: OpeningWindow, months: 1 | 2, openingText: string): string {
  const when = describeWindow(deadline);
  const span = months === 1 ? "one month" : "two months";
  return `${when === "unknown" ? "an unknown deadline" : `the deadline ${when}`}, ${span} before ${openingText}`;
}

/** A window of days as a finding's wording ({@link describeWindow}); undefined when unknown. */
export function windowWording(window: OpeningWindow): FindingWording | undefined {
  const { earliest, latest } = window;
  if (earliest !== undefined && latest !== undefined) {
    return earliest === latest
      ? { key: "window.day", values: { day: earliest } }
      : { key: "window.between", values: { from: earliest, to: latest } };
  }
  if (latest !== undefined) return { key: "window.noLaterThan", values: { day: latest } };
  if (earliest !== undefined) return { key: "window.noEarlierThan", values: { day: earliest } };
  return undefined;
}

/** The deadline phrase of {@link describeDeadline} as a finding's wording. */
export function deadlineWording(deadline: OpeningWindow, months: 1 | 2, opening: FindingWording): FindingWording {
  const when = windowWording(deadline);
  const span = months === 1 ? "one" : "two";
  return when === undefined
    ? { key: "due.unknown", values: { span, opening } }
    : { key: "due.known", values: { when, span, opening } };
}
