import type { SeriesComponent } from "./SeriesComponent";

/** The year of the Human Rights Council's first session (June 2006, under resolution 60/251). */
export const FIRST_HUMAN_RIGHTS_COUNCIL_YEAR = 2006;

/**
 * The highest session number the Human Rights Council can have reached by the end of a
 * date's year: it has held three regular sessions a year since 2006 (43rd to 45th in 2020).
 * An upper bound for checking symbols, not a calendar: a number above it is refused, one
 * below it is not proved to have been held.
 * @example latestHumanRightsCouncilSession(new Date("2024-06-01")) // 57
 */
export function latestHumanRightsCouncilSession(date: Date): number {
  return 3 * (date.getUTCFullYear() - FIRST_HUMAN_RIGHTS_COUNCIL_YEAR) + 3;
}

/**
 * Whether a General Assembly symbol's series is the Human Rights Council's (`A/HRC/…`), whose
 * session component is the Council's own session, not the Assembly's (`A/HRC/RES/5/1`).
 */
export function isHumanRightsCouncilSeries(series: readonly SeriesComponent[]): boolean {
  const first = series[0];
  return first?.kind === "series" && first.name === "HRC";
}
