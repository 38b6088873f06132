import type { SeriesComponent } from "./SeriesComponent";
import { formatSeriesComponent } from "./SeriesComponent";
import type { TreatyBody } from "./TreatyBody";
import { TREATY_BODY_RULES, treatyBodyOf } from "./TreatyBody";
import type { Organ } from "./Organ";
import { said, type SymbolSaid } from "./SymbolSaid";

/** The parts of either half of a joint general comment that its rules constrain. @internal */
export interface GeneralCommentParts {
  readonly organ: Organ;
  readonly series: readonly SeriesComponent[];
  readonly country?: string | undefined;
  readonly period?: unknown;
  readonly document: { readonly type?: string | undefined };
}

/**
 * The treaty body whose general comment or recommendation a symbol (or half of a joint one)
 * is, under the body's own series (`CEDAW/C/GC/31`), or `undefined`. @internal
 */
function generalCommentBody(parts: GeneralCommentParts): TreatyBody | undefined {
  const body = treatyBodyOf(parts.organ, parts.series.map(formatSeriesComponent));
  if (body === undefined || TREATY_BODY_RULES[body].generalTexts === undefined) return undefined;
  const plain = parts.series.length === 1 && parts.country === undefined && parts.period === undefined;
  return plain && parts.document.type === "GC" ? body : undefined;
}

/**
 * Why two halves do not make a joint general comment, or `undefined` when they do: each is a
 * general comment or recommendation of a treaty body that issues them, and the bodies differ
 * (`CEDAW/C/GC/31-CRC/C/GC/18`). @internal
 */
export function jointGeneralCommentFault(
  first: GeneralCommentParts,
  second: GeneralCommentParts,
): SymbolSaid | undefined {
  const firstBody = generalCommentBody(first);
  if (firstBody === undefined) return said("jointFirstNotGeneral");
  const secondBody = generalCommentBody(second);
  if (secondBody === undefined) return said("jointSecondNotGeneral");
  if (firstBody === secondBody) return said("jointSameBody", { body: firstBody });
  return undefined;
}

// Read on the text with blanks removed, so that blanks are reported where they are.
const JOINT_BEFORE = /(?:^|\/)GC\/*\.?\d+(?:\/+[A-Za-z]+\.?\d*)*$/i;
// After it, an organ and its slash (the second half is then read as a symbol, so an organ that
// issues no general comments is reported where it is), or letters and a stray character (a
// second hyphen too), which is reported at its own place rather than making this hyphen stray.
const JOINT_AFTER = /^\s*(?:[A-Za-z][A-Za-z\s]*\/|[A-Za-z]*[^\sA-Za-z0-9./])/;

/**
 * Whether a hyphen, with `before` the text up to it and `after` the text after it, joins the
 * symbols of a joint general comment (`CEDAW/C/GC/31-CRC/C/GC/18`): after a general comment's
 * number and its modifiers, before the next component (whether that half is another treaty
 * body's general comment is checked when it is read). Read leniently (case, blanks, a doubled
 * slash), so that such slips are reported where they are rather than at the hyphen. @internal
 */
export function isJointHyphen(before: string, after: string): boolean {
  return JOINT_AFTER.test(after) && JOINT_BEFORE.test(before.replace(/\s+/g, ""));
}
