import * as z from "zod";
import type { SessionNumbering } from "./SessionNumbering";
import { FIRST_ECOSOC_SYMBOL_YEAR, FIRST_NUMBERED_GENERAL_ASSEMBLY_SESSION, FIRST_UN_YEAR } from "./SessionNumbering";

/**
 * The first component of a document symbol: the principal organ a document is issued by
 * or submitted to (`A` General Assembly, `E` Economic and Social Council, `S` Security
 * Council, `ST` Secretariat), a secretariat-style series of its own (`UNODC`, as in
 * `UNODC/CCPCJ/EG.4/2020/2`), or the special series of a treaty's conference of States
 * parties (`CTOC` for the Organized Crime Convention, as in `CTOC/COP/2020/10`; `CAC` for
 * the Convention against Corruption, as in `CAC/COSP/2019/17`).
 * @example Organ.parse("E")
 */
export const Organ = z.enum(["A", "E", "S", "ST", "UNODC", "CTOC", "CAC"]);
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
}

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
  },
  E: {
    name: "the Economic and Social Council",
    numbering: "by-year",
    firstPeriod: FIRST_ECOSOC_SYMBOL_YEAR,
    firstPeriodNote: "the Economic and Social Council has put the year in its symbols only since 1978",
  },
  S: {
    name: "the Security Council",
    numbering: "by-year",
    firstPeriod: FIRST_UN_YEAR,
    firstPeriodNote: "the United Nations issued no documents before 1946",
  },
  ST: {
    name: "the Secretariat",
    numbering: "by-year",
    firstPeriod: FIRST_UN_YEAR,
    firstPeriodNote: "the United Nations issued no documents before 1946",
  },
  UNODC: {
    name: "the United Nations Office on Drugs and Crime",
    numbering: "by-year",
    firstPeriod: FIRST_UN_YEAR,
    firstPeriodNote: "the United Nations issued no documents before 1946",
  },
  CTOC: {
    name: "the Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
    numbering: "by-year",
    firstPeriod: 2004,
    firstPeriodNote: "the Conference of the Parties to the Organized Crime Convention first met in 2004",
    requiredSeries: { name: "COP", label: "the Conference of the Parties" },
  },
  CAC: {
    name: "the Conference of the States Parties to the United Nations Convention against Corruption",
    numbering: "by-year",
    firstPeriod: 2006,
    firstPeriodNote: "the Conference of the States Parties to the Convention against Corruption first met in 2006",
    requiredSeries: { name: "COSP", label: "the Conference of the States Parties" },
  },
};

/** The organs as a readable list for messages: "A (the General Assembly), E (…) or UNODC (…)". */
export function describeOrgans(): string {
  const entries = Organ.options.map((organ) => `${organ} (${ORGAN_RULES[organ].name})`);
  return `${entries.slice(0, -1).join(", ")} or ${entries[entries.length - 1] ?? ""}`;
}
