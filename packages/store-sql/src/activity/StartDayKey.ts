import { sql, type RawBuilder } from "kysely";

/**
 * An activity's start (core's `activitySortKey(activity, "start")`, a day `YYYY-MM-DD`) as the
 * integer `YYYYMMDD` its facet rows hold: four bytes on SQLite where the text takes ten, in
 * the rows and again in `facet_by_start`, and in the same order as the text, either way.
 */
export function startDayKey(day: string): number {
  return Number(day.replaceAll("-", ""));
}

/**
 * The start day (`YYYY-MM-DD`, core's text) a stored `YYYYMMDD` key stands for: what a list's
 * position holds, whichever walk read it. Turned back here rather than in SQL, where it took
 * 15 more VM steps per activity of the page.
 */
export function startDayOfKey(key: number): string {
  const year = Math.floor(key / 10_000);
  const month = Math.floor(key / 100) % 100;
  const day = key % 100;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The `YYYYMMDD` key of a `YYYY-MM-DD` text column, in SQL (the migration's copy of `period_start`). */
export function startDayKeySql(day: RawBuilder<string>): RawBuilder<number> {
  return sql<number>`cast(replace(${day}, '-', '') as integer)`;
}
