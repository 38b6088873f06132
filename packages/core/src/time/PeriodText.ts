import type { Result } from "../result/Result";
import { Period } from "./Period";

/** The earliest date a period left open at its start reaches: before any record. */
const OPEN_START = "0001";
/** The latest date a period left open at its end reaches: after any record. */
const OPEN_END = "9999";

/** Why a text is not a period, with the text and what to write instead. */
export interface InvalidPeriod {
  readonly _tag: "InvalidPeriod";
  readonly input: string;
  /** What is wrong with it: "no such day in that month", "a period cannot end before it starts". */
  readonly reason: string;
  readonly message: string;
}

/** A period read from text, or why the text is none. */
export type PeriodParseResult = Result<Period, InvalidPeriod>;

const HOW_TO_WRITE = "write a year (2020), a month (2020-06), a day, or two of them as START/END";

function invalid(input: string, reason: string): PeriodParseResult {
  return {
    ok: false,
    error: {
      _tag: "InvalidPeriod",
      input,
      reason,
      message: `${JSON.stringify(input)} is not a period; ${HOW_TO_WRITE}`,
    },
  };
}

/**
 * A period as people write it: one date ("2020", "2020-06", "2020-06-15") is that year,
 * month or day; two joined by "/" or ".." are the span from the start of the first to the
 * end of the second; a side left out is open ("2020/" is 2020 onwards, "/2021" everything
 * up to the end of 2021). The one reading of a period that `--period`, `--from`/`--to` and a
 * query string share.
 * @example parsePeriod("2020") // { ok: true, value: { start: "2020" } }
 * @example parsePeriod("2020-01/2020-06") // { ok: true, value: { start: "2020-01", end: "2020-06" } }
 * @example parsePeriod("2020..") // { ok: true, value: { start: "2020", end: "9999" } }
 */
export function parsePeriod(text: string): PeriodParseResult {
  const sides = text.trim().split(/\/|\.\./);
  if (sides.length > 2) return invalid(text, "more than two dates");
  const [start = "", end] = sides.map((side) => side.trim());
  if (end === undefined && start === "") return invalid(text, "no date");
  if (end !== undefined && start === "" && end === "") return invalid(text, "no date on either side");
  const raw =
    end === undefined ? { start } : { start: start === "" ? OPEN_START : start, end: end === "" ? OPEN_END : end };
  const parsed = Period.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return invalid(text, parsed.error.issues[0]?.message ?? "not a date");
}

/**
 * The period between two dates either of which may be left out, as list filters take them
 * (`--from 2020 --to 2021`, `?from=2020`): from the start of `from` to the end of `to`, open
 * on a side not given; `undefined` when neither is. `--from 2020` is 2020 onwards, not the
 * year 2020: the same as `parsePeriod("2020/")`.
 * @example periodBetween("2020", undefined) // { ok: true, value: { start: "2020", end: "9999" } }
 */
export function periodBetween(from: string | undefined, to: string | undefined): PeriodParseResult | undefined {
  if (from === undefined && to === undefined) return undefined;
  return parsePeriod(`${from ?? ""}/${to ?? ""}`);
}
