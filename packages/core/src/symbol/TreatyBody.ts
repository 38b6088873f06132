import * as z from "zod/mini";
import type { Organ } from "./Organ";
import { UN_TERRITORY_CODES } from "./StatePartyCode";

/**
 * The human-rights treaty bodies whose documents carry a symbol series of their own:
 * `CCPR` Human Rights Committee (`CCPR/C/…`), `CESCR` Committee on Economic, Social and
 * Cultural Rights (`E/C.12/…`, a committee of the Economic and Social Council), `CERD`,
 * `CEDAW`, `CAT`, `SPT` Subcommittee on Prevention of Torture (`CAT/OP/…`), `CRC`, `CMW`,
 * `CRPD` and `CED`.
 * @example TreatyBody.parse("CCPR")
 */
export const TreatyBody = z.enum(["CCPR", "CESCR", "CERD", "CEDAW", "CAT", "SPT", "CRC", "CMW", "CRPD", "CED"]);
/** A human-rights treaty body with its own symbol series. */
export type TreatyBody = z.infer<typeof TreatyBody>;

/** What the grammar needs to know about a treaty body's symbols. */
export interface TreatyBodyRules {
  /** The body's name, as messages and explanations use it. */
  readonly name: string;
  /** The organ its symbols start with (`CCPR`, `E`, `CAT`). */
  readonly organ: Organ;
  /** The one series component after the organ, as written (`C`, `C.12`, `OP`). */
  readonly series: string;
  /**
   * What its numbered general texts are called (`CCPR/C/GC/36` is a general comment,
   * `CEDAW/C/GC/38` a general recommendation); absent when it issues none.
   */
  readonly generalTexts?: "general comment" | "general recommendation";
  /**
   * What a State party's numbered report is: a periodic report (`CCPR/C/GBR/8`), or, for
   * the Subcommittee on Prevention of Torture, the report on a visit (`CAT/OP/MDV/1`).
   */
  readonly reports: "periodic" | "visit";
  /**
   * The year the body's individual communications procedure entered into force; absent
   * when none is (the Migrant Workers Committee's article 77 is not yet in force, and the
   * Subcommittee receives no communications).
   */
  readonly firstCommunicationYear?: number;
  /**
   * The optional protocols under which States parties report to the body in a series of
   * their own, written after the committee (`CRC/C/OPAC/USA/CO/2`), each with its title for
   * explanations; absent when there are none.
   */
  readonly protocols?: Readonly<Record<string, string>>;
}

/** Each treaty body's series and forms. */
export const TREATY_BODY_RULES: Readonly<Record<TreatyBody, TreatyBodyRules>> = {
  CCPR: {
    name: "the Human Rights Committee",
    organ: "CCPR",
    series: "C",
    generalTexts: "general comment",
    reports: "periodic",
    firstCommunicationYear: 1976,
  },
  CESCR: {
    name: "the Committee on Economic, Social and Cultural Rights",
    organ: "E",
    series: "C.12",
    generalTexts: "general comment",
    reports: "periodic",
    firstCommunicationYear: 2013,
  },
  CERD: {
    name: "the Committee on the Elimination of Racial Discrimination",
    organ: "CERD",
    series: "C",
    generalTexts: "general recommendation",
    reports: "periodic",
    firstCommunicationYear: 1982,
  },
  CEDAW: {
    name: "the Committee on the Elimination of Discrimination against Women",
    organ: "CEDAW",
    series: "C",
    generalTexts: "general recommendation",
    reports: "periodic",
    firstCommunicationYear: 2000,
  },
  CAT: {
    name: "the Committee against Torture",
    organ: "CAT",
    series: "C",
    generalTexts: "general comment",
    reports: "periodic",
    firstCommunicationYear: 1987,
  },
  SPT: { name: "the Subcommittee on Prevention of Torture", organ: "CAT", series: "OP", reports: "visit" },
  CRC: {
    name: "the Committee on the Rights of the Child",
    organ: "CRC",
    series: "C",
    generalTexts: "general comment",
    reports: "periodic",
    firstCommunicationYear: 2014,
    protocols: {
      OPAC: "the Optional Protocol on the involvement of children in armed conflict",
      OPSC: "the Optional Protocol on the sale of children, child prostitution and child pornography",
    },
  },
  CMW: {
    name: "the Committee on Migrant Workers",
    organ: "CMW",
    series: "C",
    generalTexts: "general comment",
    reports: "periodic",
  },
  CRPD: {
    name: "the Committee on the Rights of Persons with Disabilities",
    organ: "CRPD",
    series: "C",
    generalTexts: "general comment",
    reports: "periodic",
    firstCommunicationYear: 2008,
  },
  CED: {
    name: "the Committee on Enforced Disappearances",
    organ: "CED",
    series: "C",
    generalTexts: "general comment",
    reports: "periodic",
    firstCommunicationYear: 2010,
  },
};

/**
 * The treaty body whose series a symbol's organ and series components (as written) name
 * exactly (`CCPR` + `C`, `E` + `C.12`, `CAT` + `OP`), or `undefined`.
 * @example treatyBodyOf("E", ["C.12"]) // "CESCR"
 */
export function treatyBodyOf(organ: Organ, series: readonly string[]): TreatyBody | undefined {
  const [committee, protocol, ...rest] = series;
  if (committee === undefined || rest.length > 0) return undefined;
  return TreatyBody.options.find((body) => {
    const rules = TREATY_BODY_RULES[body];
    if (rules.organ !== organ || rules.series !== committee) return false;
    return protocol === undefined || Object.hasOwn(rules.protocols ?? {}, protocol);
  });
}

/**
 * The optional protocol a treaty body's symbol is issued under, as written after the
 * committee (`OPAC` in `CRC/C/OPAC/USA/CO/2`), or `undefined`.
 * @example treatyProtocolOf(["C", "OPSC"]) // "OPSC"
 */
export function treatyProtocolOf(series: readonly string[]): string | undefined {
  return series[1];
}

/**
 * The document types of the treaty bodies, each written before a slash and its number:
 * `GC/36` general comment or recommendation, `CO/5` concluding observations on a report,
 * `Q/8` list of issues, `QPR/7` list of issues prior to reporting, `D/2728/2016` views or
 * decision on communication no. 2728/2016.
 */
export const TreatyDocumentType = z.enum(["GC", "CO", "Q", "QPR", "D"]);
/** A treaty body's document type. */
export type TreatyDocumentType = z.infer<typeof TreatyDocumentType>;

/** What each treaty document type stands for, for messages. */
export const TREATY_DOCUMENT_TYPE_LABELS: Readonly<Record<TreatyDocumentType, string>> = {
  GC: "general comment or recommendation",
  CO: "concluding observations",
  Q: "list of issues",
  QPR: "list of issues prior to reporting",
  D: "views or decision on a communication",
};

// The prefixes of the treaty bodies that number reports, as a pattern: "CCPR/C", "E/C.12", …
// read leniently (a missing dot or a leading zero is reported where it is, not at the hyphen).
const REPORTING_PREFIXES = TreatyBody.options
  .filter((body) => TREATY_BODY_RULES[body].reports === "periodic")
  .map((body) => {
    const rules = TREATY_BODY_RULES[body];
    const prefix = `${rules.organ}/${rules.series}`.replace(".", "\\.?").replace(/(\d+)$/, "0*$1");
    const protocols = Object.keys(rules.protocols ?? {});
    return protocols.length === 0 ? prefix : `${prefix}(?:/(?:${protocols.join("|")}))?`;
  })
  .join("|");
const RANGE_BEFORE = new RegExp(`^(?:${REPORTING_PREFIXES})/[A-Z]{3}(?:-[A-Z]{3})?/(?:(?:CO|Q|QPR)/)?\\d+$`);
// After the hyphen: the last number (not followed by another range, `1-2-14`), or a stray
// character, which is reported at its own place rather than making the hyphen stray.
const RANGE_AFTER = /^\s*(?:\d+(?!\d|\s*-\s*\d)|[^A-Za-z0-9./-])/;

/**
 * Whether a hyphen, with `before` the text of the symbol up to it and `after` the text after
 * it, joins the numbers of combined periodic reports (`CERD/C/USA/CO/10-12`): the one other
 * place besides a special session that a hyphen belongs. Read leniently (case, blanks,
 * a missing dot), so that such slips are reported where they are rather than at the hyphen.
 * @internal
 */
export function isReportRangeHyphen(before: string, after: string): boolean {
  // A doubled slash is reported at the gap, so it does not make the hyphen stray either.
  const compact = before.replace(/\s+/g, "").replace(/\/+/g, "/").toUpperCase();
  return RANGE_BEFORE.test(compact) && RANGE_AFTER.test(after);
}

// Every treaty body's prefix with its protocols, for a State party's region: "CCPR/C", "CRC/C/OPSC", …
const STATE_PARTY_PREFIXES = TreatyBody.options
  .map((body) => {
    const rules = TREATY_BODY_RULES[body];
    const protocols = Object.keys(rules.protocols ?? {});
    // Leniently, as the report ranges' prefixes: a missing dot or a leading zero is reported where it is.
    const prefix = `${rules.organ}/${rules.series}`.replace(".", "\\.?").replace(/(\d+)$/, "0*$1");
    return protocols.length === 0 ? prefix : `${prefix}(?:/(?:${protocols.join("|")}))?`;
  })
  .join("|");
const REGION_BEFORE = new RegExp(`^(?:${STATE_PARTY_PREFIXES})/([A-Z]{3})$`);

/**
 * Whether a hyphen, with `before` the text up to it and `after` the text after it, joins a
 * State party's code to one of its regions' in a treaty body's symbol (`CCPR/C/CHN-HKG/CO/4`):
 * right after a treaty body's series and the State party's code that a listed code
 * (`UN_TERRITORY_CODES`) starts with, before that region's code. Read leniently (case,
 * blanks and stray characters around the letters), so that such slips are reported where
 * they are rather than at the hyphen. @internal
 */
export function isRegionalCodeHyphen(before: string, after: string): boolean {
  const compact = before
    .replace(/[^A-Za-z0-9./]/g, "")
    .replace(/\/+/g, "/")
    .toUpperCase();
  const state = REGION_BEFORE.exec(compact)?.[1];
  const region = (after.split("/")[0] ?? "").replace(/[^A-Za-z]/g, "").toUpperCase();
  return state !== undefined && Object.hasOwn(UN_TERRITORY_CODES, `${state}-${region}`);
}
