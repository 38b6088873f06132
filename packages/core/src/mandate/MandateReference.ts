import * as z from "zod/mini";
import { normalisedSymbolText } from "../symbol/SymbolNormalisation";
import {
  briefSymbolOrCitationRefusal,
  readSymbolOrCitation,
  wordedSymbolOrCitationRefusal,
  type SymbolOrCitationRefusal,
} from "../symbol/SymbolOrCitation";
import type { Result } from "../result/Result";

/** Why a text is neither a document symbol nor a citation of a resolution or decision. */
export interface InvalidMandateReference {
  readonly _tag: "InvalidMandateReference";
  readonly input: string;
  /** Why it is not a document symbol, from the symbol parser. */
  readonly asSymbol: string;
  /** Why it is not a citation, from the citation parser. */
  readonly asCitation: string;
  readonly message: string;
}

/** The outcome of reading a mandate reference. */
export type MandateReferenceResult = Result<string, InvalidMandateReference>;

/** Why a text names no mandate, as data: what each parser refused it for. */
export type MandateReferenceRefusal = SymbolOrCitationRefusal;

const WHAT_TO_WRITE = 'Write a symbol such as "A/RES/74/173" or a citation such as "GA decision 74/567".';

/**
 * Reads how a mandate is named and returns its one canonical form, so that the same
 * mandate is always stored and matched the same way:
 * - a document symbol, repaired by `normaliseSymbol` ("Ａ／ＲＥＳ／74/173" → "A/RES/74/173"):
 *   a mandate is looked up by whatever form a person types, so this reader normalises
 *   explicitly where the strict `parseSymbol` would refuse;
 * - a citation of a resolution that has a symbol by convention, as that symbol
 *   ("General Assembly resolution 74/173", "大会第74/173号决议" → "A/RES/74/173");
 * - any other citation (decisions, the Commission's resolutions), in short English form
 *   ("大会第 74/567 号决定" → "GA decision 74/567", "CCPCJ resolution 22/8").
 * The error gives both parsers' reasons.
 * @example readMandateReference("General Assembly decision 74/567") // { ok: true, value: "GA decision 74/567" }
 */
export function readMandateReference(text: string): MandateReferenceResult {
  const result = readMandateRefusing(text);
  if (result.ok) return result;
  return {
    ok: false,
    error: {
      _tag: "InvalidMandateReference",
      input: text,
      ...wordedSymbolOrCitationRefusal(text, "mandate", result.error, WHAT_TO_WRITE),
    },
  };
}

/** {@link readMandateReference} with the refusals as data only, as the schema checks. */
function readMandateRefusing(text: string): Result<string, MandateReferenceRefusal> {
  return readSymbolOrCitation(text, normalisedSymbolText);
}

/**
 * How a stored record names a mandate: a document symbol or a citation, validated by the
 * symbol helper's parsers and stored in canonical form (see {@link readMandateReference}).
 * @example MandateReference.parse("General Assembly resolution 65/230") // "A/RES/65/230"
 */
export const MandateReference = z.pipe(
  z.string(),
  z.transform((text: string, payload) => {
    const result = readMandateRefusing(text);
    if (result.ok) return result.value;
    payload.issues.push({
      code: "custom",
      input: text,
      message: briefSymbolOrCitationRefusal(text, "mandate", result.error, WHAT_TO_WRITE),
      params: result.error,
    });
    return z.NEVER;
  }),
);
/** A document symbol or a citation of a resolution or decision, in canonical form. */
export type MandateReference = z.infer<typeof MandateReference>;

/**
 * The key under which two references to the same mandate compare equal: the canonical
 * form for anything that parses (so "GA resolution 74/173" and "A/RES/74/173" share a
 * key), else the text with case and spacing ignored, so that unparsed data still matches
 * itself.
 * @example referenceKey("GA resolution 74/173") === referenceKey("A/RES/74/173") // true
 */
export function referenceKey(reference: string): string {
  const result = readMandateRefusing(reference);
  return result.ok ? result.value : reference.trim().replace(/\s+/g, " ").toLowerCase();
}
