import * as z from "zod/mini";
import { formatDocumentReference } from "../symbol";
import { parseDocumentReferenceUnworded } from "../symbol/DocumentReference";
import {
  briefSymbolOrCitationRefusal,
  readSymbolOrCitation,
  wordedSymbolOrCitationRefusal,
  type SymbolOrCitationRefusal,
} from "../symbol/SymbolOrCitation";
import type { Result } from "../result/Result";

/** Why a text names no source document: neither a symbol (full or partial) nor a citation. */
export interface InvalidSourceReference {
  readonly _tag: "InvalidSourceReference";
  readonly input: string;
  /** Why it is not a document symbol (full or partial), from the symbol parser. */
  readonly asSymbol: string;
  /** Why it is not a citation of a resolution or decision, from the citation parser. */
  readonly asCitation: string;
  readonly message: string;
}

/** The outcome of reading the document a provenance cites. */
export type SourceReferenceResult = Result<string, InvalidSourceReference>;

/** Why a text names no source document, as data: what each parser refused it for. */
export type SourceRefusal = SymbolOrCitationRefusal;

const WHAT_TO_WRITE =
  'Write a symbol ("E/CN.15/2011/2"), a partial symbol whose number is unknown ("E/CN.15/2021/…") or a citation ("GA decision 74/567").';

// Sources are few (a handful of documents per dataset) and cited by every record; a valid
// reading stays valid as time passes (only future years are refused), so successes are kept.
const known = new Map<string, string>();
const KNOWN_LIMIT = 1024;

/**
 * Reads how a provenance names the document a fact was stated in, in one canonical form:
 * - a document symbol, normalised ("e/cn.15/2011/2" → "E/CN.15/2011/2");
 * - a partial symbol whose number the source does not give ("E/CN.15/2021/…");
 * - a citation of a resolution or decision: as its symbol when it has one by convention
 *   ("General Assembly resolution 74/173" → "A/RES/74/173"), else in short English form
 *   ("大会第 74/567 号决定" → "GA decision 74/567").
 * Anything else is refused with both parsers' reasons.
 * @example readSourceReference("GA decision 74/567") // { ok: true, value: "GA decision 74/567" }
 */
export function readSourceReference(text: string): SourceReferenceResult {
  const result = readSourceRefusing(text);
  if (result.ok) return result;
  return {
    ok: false,
    error: {
      _tag: "InvalidSourceReference",
      input: text,
      ...wordedSymbolOrCitationRefusal(text, "source document", result.error, WHAT_TO_WRITE),
    },
  };
}

/** {@link readSourceReference} with the refusals as data only, as the schema checks. */
function readSourceRefusing(text: string): Result<string, SourceRefusal> {
  const cached = known.get(text);
  if (cached !== undefined) return { ok: true, value: cached };
  const result = readUncached(text);
  if (result.ok) {
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(text, result.value);
  }
  return result;
}

function readUncached(text: string): Result<string, SourceRefusal> {
  return readSymbolOrCitation(text, (given) => {
    const document = parseDocumentReferenceUnworded(given);
    return document.ok ? { ok: true, value: formatDocumentReference(document.value) } : document;
  });
}

/**
 * The document a provenance cites, as stored text: a full or partial document symbol or a
 * citation of a resolution or decision, validated and kept in the canonical form of
 * {@link readSourceReference}, so that two citations of one document compare equal.
 * @example SourceReference.parse("e/cn.15/2021/...") // "E/CN.15/2021/…"
 */
export const SourceReference = z.string().check(
  z.superRefine((text, context) => {
    const result = readSourceRefusing(text);
    if (!result.ok) {
      context.addIssue({
        code: "custom",
        input: text,
        message: briefSymbolOrCitationRefusal(text, "source document", result.error, WHAT_TO_WRITE),
        params: result.error,
      });
    }
  }),
  z.overwrite((text) => {
    const result = readSourceRefusing(text);
    return result.ok ? result.value : text;
  }),
);
/** A source document's symbol, partial symbol or citation, in canonical form. */
export type SourceReference = z.infer<typeof SourceReference>;
