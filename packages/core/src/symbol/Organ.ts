import * as z from "zod/mini";
import type { SessionNumbering } from "./SessionNumbering";
import { FIRST_ECOSOC_SYMBOL_YEAR, FIRST_NUMBERED_GENERAL_ASSEMBLY_SESSION, FIRST_UN_YEAR } from "./SessionNumbering";

/**
 * The first component of a document symbol: the principal organ a document is issued by
 * or submitted to (`A` General Assembly, `E` Economic and Social Council, `S` Security
 * Council, `ST` Secretariat), a secretariat-style series of its own (`UNODC`, as in
 * `UNODC/CCPCJ/EG.4/2020/2`), or the special series of a treaty's conference of States
 * parties (`CTOC` for the Organized Crime Convention, as in `CTOC/COP/2020/10`; `CAC` for
 * the Convention against Corruption, as in `CAC/COSP/2019/17`), the Trusteeship Council (`T`,
 * as in `T/1970`), or a human-rights treaty body's own series (`CCPR/C/GC/36`, `CAT/OP/MDV/1`;
 * see {@link TreatyBody}).
 * @example Organ.parse("E")
 */
export const Organ = z.enum([
  "A",
  "E",
  "S",
  "ST",
  "T",
  "UNODC",
  "CTOC",
  "CAC",
  "CCPR",
  "CERD",
  "CEDAW",
  "CAT",
  "CRC",
  "CMW",
  "CRPD",
  "CED",
]);
/** The organ or series a document symbol starts with. */
export type Organ = z.infer<typeof Organ>;

/** What the grammar needs to know about an organ's symbols. */
export interface OrganRules {
  /** The organ's name, as messages use it ("the General Assembly has had no 624th session"). */
  readonly name: string;
  /**
   * How the session-or-year component of the organ's symbols (and of its subsidiaries')
   * is numbered: the General Assembly writes its session (`A/64/123`), the others a year
   * (`E/CN.15/2011/2`, `UNODC/CCPCJ/EG.4/2020/2`).
   */
  readonly numbering: SessionNumbering;
  /** The first session (by-number) or year (by-year) that symbols of this organ carry. */
  readonly firstPeriod: number;
  /** Why nothing earlier is valid, for the error message. */
  readonly firstPeriodNote: string;
  /**
   * The series component every symbol of this root continues with, when there is one: a
   * treaty's special series names its conference next (`CTOC/COP`, `CAC/COSP`).
   */
  readonly requiredSeries?: { readonly name: string; readonly label: string };
  /**
   * How the rest of the symbol reads: `"standard"` (category, session or year, document:
   * `A/RES/74/173`), `"treaty-body"` (the committee's own forms: `CCPR/C/GBR/CO/8`), or
   * `"serial"` (a document number and no session or year: the Trusteeship Council's `T/1970`).
   */
  readonly form: OrganForm;
}

/** How the components after an organ's series read; see {@link OrganRules.form}. */
export type OrganForm = "standard" | "treaty-body" | "serial";

const TREATY_SESSIONS = {
  numbering: "by-number",
  firstPeriod: 1,
  firstPeriodNote: "a treaty body's sessions are numbered from 1",
  form: "treaty-body",
} as const;

/**
 * The rules of each organ's symbols. Only the General Assembly numbers by session; the
 * Economic and Social Council has written the year into its symbols since 1978.
 */
export const ORGAN_RULES: Readonly<Record<Organ, OrganRules>> = {
  A: {
    name: "the General Assembly",
    numbering: "by-number",
    firstPeriod: FIRST_NUMBERED_GENERAL_ASSEMBLY_SESSION,
    firstPeriodNote: "the General Assembly has put its session number in symbols only since its 31st session (1976)",
    form: "standard",
  },
  E: {
    name: "the Economic and Social Council",
    numbering: "by-year",
    firstPeriod: FIRST_ECOSOC_SYMBOL_YEAR,
    firstPeriodNote: "the Economic and Social Council has put the year in its symbols only since 1978",
    form: "standard",
  },
  S: {
    name: "the Security Council",
    numbering: "by-year",
    firstPeriod: FIRST_UN_YEAR,
    firstPeriodNote: "the United Nations issued no documents before 1946",
    form: "standard",
  },
  ST: {
    name: "the Secretariat",
    numbering: "by-year",
    firstPeriod: FIRST_UN_YEAR,
    firstPeriodNote: "the United Nations issued no documents before 1946",
    form: "standard",
  },
  UNODC: {
    name: "the United Nations Office on Drugs and Crime",
    numbering: "by-year",
    firstPeriod: FIRST_UN_YEAR,
    firstPeriodNote: "the United Nations issued no documents before 1946",
    form: "standard",
  },
  CTOC: {
    name: "the Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
    numbering: "by-year",
    firstPeriod: 2004,
    firstPeriodNote: "the Conference of the Parties to the Organized Crime Convention first met in 2004",
    requiredSeries: { name: "COP", label: "the Conference of the Parties" },
    form: "standard",
  },
  CAC: {
    name: "the Conference of the States Parties to the United Nations Convention against Corruption",
    numbering: "by-year",
    firstPeriod: 2006,
    firstPeriodNote: "the Conference of the States Parties to the Convention against Corruption first met in 2006",
    requiredSeries: { name: "COSP", label: "the Conference of the States Parties" },
    form: "standard",
  },
  T: {
    name: "the Trusteeship Council",
    numbering: "by-number",
    firstPeriod: 1,
    firstPeriodNote: "the Trusteeship Council's sessions are numbered from 1",
    form: "serial",
  },
  CCPR: { name: "the Human Rights Committee", ...TREATY_SESSIONS },
  CERD: { name: "the Committee on the Elimination of Racial Discrimination", ...TREATY_SESSIONS },
  CEDAW: { name: "the Committee on the Elimination of Discrimination against Women", ...TREATY_SESSIONS },
  CAT: { name: "the Committee against Torture", ...TREATY_SESSIONS },
  CRC: { name: "the Committee on the Rights of the Child", ...TREATY_SESSIONS },
  CMW: { name: "the Committee on Migrant Workers", ...TREATY_SESSIONS },
  CRPD: { name: "the Committee on the Rights of Persons with Disabilities", ...TREATY_SESSIONS },
  CED: { name: "the Committee on Enforced Disappearances", ...TREATY_SESSIONS },
};

/** What an organ's symbols carry after their series: the General Assembly a session, the others a year. */
export function periodKindOf(organ: Organ): "session" | "year" {
  return ORGAN_RULES[organ].numbering === "by-number" ? "session" : "year";
}

/**
 * Why a symbol's period does not fit its organ (`A/74/…` numbers by session, `E/2019/…` by
 * year), or `undefined` when it fits.
 */
export function periodKindFault(organ: Organ, kind: "session" | "year"): string | undefined {
  const expected = periodKindOf(organ);
  return kind === expected ? undefined : `${organ} symbols carry a ${expected}, not a ${kind}`;
}
