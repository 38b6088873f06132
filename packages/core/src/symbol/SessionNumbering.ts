import * as z from "zod/mini";

// Marked pure so that a bundle which never uses it drops it: a bundler keeps a call through the
// `z` namespace for its side effects.
/**
 * How a body numbers its sessions, and with them its resolutions and decisions:
 * - `"by-number"`: ordinal sessions (the General Assembly's 74th session, resolution 74/173;
 *   the Commission's 22nd session, resolution 22/8);
 * - `"by-year"`: sessions named by calendar year (the Economic and Social Council's 2010
 *   session, decision 2010/243; its document symbols carry the year, `E/RES/2019/19`).
 * @example SessionNumbering.parse("by-year")
 */
export const SessionNumbering = /* @__PURE__ */ z.enum(["by-number", "by-year"]);
/** How a body numbers its sessions: by ordinal number or by calendar year. */
export type SessionNumbering = z.infer<typeof SessionNumbering>;

/** The year of the General Assembly's first session; session n opens in September of 1945 + n. */
export const GENERAL_ASSEMBLY_EPOCH = 1945;

/**
 * The first General Assembly session whose number appears in document symbols and in
 * resolution numbers ("31/1"): the Assembly began the practice at its 31st session, in 1976.
 * Earlier documents carry no session component at all.
 */
export const FIRST_NUMBERED_GENERAL_ASSEMBLY_SESSION = 31;

/**
 * The first year the Economic and Social Council wrote into its document symbols and
 * resolution numbers (`E/1978/1`, resolution 1978/1).
 */
export const FIRST_ECOSOC_SYMBOL_YEAR = 1978;

/** The first year the United Nations issued documents. */
export const FIRST_UN_YEAR = 1946;

/**
 * The year General Assembly session `session` opens (in September).
 * @example generalAssemblySessionYear(74) // 2019
 */
export function generalAssemblySessionYear(session: number): number {
  return GENERAL_ASSEMBLY_EPOCH + session;
}

/**
 * The latest General Assembly session that has opened by `date`, counting a session as
 * open from the 1st of September of its year (the exact opening day varies from year to
 * year; the month is what the rule "session n opens in September of 1945 + n" fixes).
 * @example latestGeneralAssemblySession(new Date("2021-06-01")) // 75
 */
export function latestGeneralAssemblySession(date: Date): number {
  const year = date.getUTCFullYear();
  const hasOpenedThisYear = date.getUTCMonth() >= 8;
  return year - GENERAL_ASSEMBLY_EPOCH - (hasOpenedThisYear ? 0 : 1);
}

/**
 * An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 624th.
 * @example ordinal(22) // "22nd"
 */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/** A date as YYYY-MM-DD (UTC), for messages that must say which reference date they used. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
