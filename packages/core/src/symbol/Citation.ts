import * as z from "zod/mini";
import { englishSymbolSaid } from "./EnglishSymbolText";
import { shown } from "./SymbolError";
import type { SymbolSaid } from "./SymbolSaid";
import type { SessionNumbering } from "./SessionNumbering";
import { FIRST_ECOSOC_SYMBOL_YEAR, FIRST_NUMBERED_GENERAL_ASSEMBLY_SESSION } from "./SessionNumbering";
import type { Result } from "../result/Result";

/**
 * The bodies whose resolutions and decisions the documents cite by number, as body ids:
 * `ga` (General Assembly), `ecosoc` (Economic and Social Council), `ccpcj` (Commission on
 * Crime Prevention and Criminal Justice).
 */
export const CitationBodyId = z.enum(["ga", "ecosoc", "ccpcj"]);
/** A body whose resolutions and decisions are cited by number. */
export type CitationBodyId = z.infer<typeof CitationBodyId>;

// Marked pure so that a bundle which never uses it drops it: a bundler keeps a call through the
// `z` namespace for its side effects.
/** Whether a citation is of a resolution or of a decision. */
export const CitationKind = /* @__PURE__ */ z.enum(["resolution", "decision"]);
/** Resolution or decision. */
export type CitationKind = z.infer<typeof CitationKind>;

/**
 * How each body numbers its resolutions and decisions: the General Assembly and the
 * Commission by session (74/173, 22/8), the Economic and Social Council by year (2010/243).
 * A body record with one of these ids must declare the same `sessionNumbering`.
 */
export const CITATION_NUMBERING: Readonly<Record<CitationBodyId, SessionNumbering>> = {
  ga: "by-number",
  ecosoc: "by-year",
  ccpcj: "by-number",
};

/** How a citation names its body, in full and short English and in Chinese. */
export interface CitationBodyNames {
  readonly en: string;
  readonly short: string;
  readonly zh: string;
}

/** The names citations use for each body; the Chinese ones are those of the seeds. */
export const CITATION_BODY_NAMES: Readonly<Record<CitationBodyId, CitationBodyNames>> = {
  ga: { en: "General Assembly", short: "GA", zh: "大会" },
  ecosoc: { en: "Economic and Social Council", short: "ECOSOC", zh: "经济及社会理事会" },
  ccpcj: { en: "Commission on Crime Prevention and Criminal Justice", short: "CCPCJ", zh: "预防犯罪和刑事司法委员会" },
};

const CitationNumber = /* @__PURE__ */ (() => z.int().check(z.gte(1), z.lte(999_999_999)))();

/**
 * A resolution or decision cited by body and number: "General Assembly resolution 74/173"
 * is `{ bodyId: "ga", kind: "resolution", session: 74, number: 173 }`, "ECOSOC decision
 * 2010/243" is `{ bodyId: "ecosoc", kind: "decision", year: 2010, number: 243 }`. Whether
 * the first number is a session or a year follows from the body.
 */
export const Citation = /* @__PURE__ */ (() =>
  z.discriminatedUnion("bodyId", [
    z.strictObject({
      bodyId: z.literal("ga"),
      kind: CitationKind,
      session: z.int().check(z.gte(FIRST_NUMBERED_GENERAL_ASSEMBLY_SESSION), z.lte(999_999_999)),
      number: CitationNumber,
    }),
    z.strictObject({ bodyId: z.literal("ccpcj"), kind: CitationKind, session: CitationNumber, number: CitationNumber }),
    z.strictObject({
      bodyId: z.literal("ecosoc"),
      kind: CitationKind,
      year: z.int().check(z.gte(FIRST_ECOSOC_SYMBOL_YEAR), z.lte(9999)),
      number: CitationNumber,
    }),
  ]))();
/** A resolution or decision cited by body and number. */
export type Citation = z.infer<typeof Citation>;

/** The "74/173" of a citation: session or year, then number. */
export function citationNumber(citation: Citation): string {
  const period = "year" in citation ? citation.year : citation.session;
  return `${period}/${citation.number}`;
}

/** Options of {@link formatCitation}. */
export interface FormatCitationOptions {
  /** In English, name the body by its short name ("GA", "ECOSOC", "CCPCJ"). */
  readonly short?: boolean;
}

/**
 * Writes a citation the way the documents do, in English or Chinese.
 * @example
 * formatCitation({ bodyId: "ga", kind: "resolution", session: 74, number: 173 }, "en") // "General Assembly resolution 74/173"
 * formatCitation({ bodyId: "ga", kind: "resolution", session: 74, number: 173 }, "zh") // "大会第74/173号决议"
 * formatCitation({ bodyId: "ccpcj", kind: "resolution", session: 22, number: 8 }, "en", { short: true }) // "CCPCJ resolution 22/8"
 */
export function formatCitation(
  citation: Citation,
  language: "en" | "zh" = "en",
  options: FormatCitationOptions = {},
): string {
  const names = CITATION_BODY_NAMES[citation.bodyId];
  if (language === "zh") {
    return `${names.zh}第${citationNumber(citation)}号${citation.kind === "resolution" ? "决议" : "决定"}`;
  }
  return `${options.short === true ? names.short : names.en} ${citation.kind} ${citationNumber(citation)}`;
}

/**
 * Which part of a citation an error is about: the whole `citation`, the `body`, the
 * `kind` (resolution or decision), the `number` as a whole or its last part, or the
 * `session` or `year` before the slash.
 */
export type CitationPart = "citation" | "body" | "kind" | "number" | "session" | "year";

/**
 * Why a text is not a valid citation of a resolution or decision, as data: what the citation
 * parser yields inside core; {@link InvalidCitation} is the same with its English words.
 */
export interface CitationRefusal {
  readonly _tag: "InvalidCitation";
  /** The text as given. */
  readonly input: string;
  /** The part of the citation at fault. */
  readonly part: CitationPart;
  /** The character offset in `input` (UTF-16 units, from 0) where the fault starts. */
  readonly offset: number;
  /** The reason and hint as data, for wording the error in the reader's language (`formatCitationErrorIn`). */
  readonly wording: CitationErrorWording;
}

/** Why a text is not a valid citation of a resolution or decision. */
export interface InvalidCitation extends CitationRefusal {
  /** What is wrong, in a sentence fragment. */
  readonly reason: string;
  /** The whole explanation: where, what, and what a valid citation looks like. */
  readonly message: string;
}

/** What a citation's refusal says, as messages (`formatSymbolSaid` words each in any of the six languages). */
export interface CitationErrorWording {
  readonly reason: SymbolSaid;
  readonly hint?: SymbolSaid;
}

/** The outcome of parsing a citation. */
export type CitationParseResult = Result<Citation, InvalidCitation>;

/** Builds a {@link CitationRefusal}; the public parser words it in English (`wordedCitationError`). @internal */
export function citationRefusal(
  input: string,
  part: CitationPart,
  offset: number,
  reasonSaid: SymbolSaid,
  hintSaid?: SymbolSaid,
): CitationRefusal {
  const wording = hintSaid === undefined ? { reason: reasonSaid } : { reason: reasonSaid, hint: hintSaid };
  return { _tag: "InvalidCitation", input, part, offset, wording };
}

/** A citation's refusal with its English words; `formatCitationErrorIn` words it in any language. @internal */
export function wordedCitationError(refusal: CitationRefusal): InvalidCitation {
  const { input, part, offset, wording } = refusal;
  const reason = englishSymbolSaid(wording.reason);
  const message =
    `"${shown(input)}" is not a valid citation: at character ${offset} (${part}), ${reason}.` +
    (wording.hint === undefined ? "" : ` ${englishSymbolSaid(wording.hint)}`);
  return { ...refusal, reason, message };
}
