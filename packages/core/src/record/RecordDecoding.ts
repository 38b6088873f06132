import type { Result } from "../result/Result";
import type * as z from "zod/mini";
import type { EntityKind } from "../store/EntityKind";
import { DECODING_OPTIONS } from "../store/DecodingOptions";
import { problemsFromIssues, type RecordSource } from "../store/RecordProblems";
import type { RecordProblem } from "../store/StoreErrors";
import { forbiddenCharacters } from "../text/ForbiddenCharacters";
import { claimedId, invalidRecord, type InvalidRecord } from "./InvalidRecord";

/**
 * The outcome of decoding a record: the parsed record, or every problem found in it. The one
 * result shape of core's parsers.
 */
export type RecordDecoding<T> = Result<T, InvalidRecord>;

/**
 * Decodes a value with one kind's schema. Shared by `decodeRecord` and the per-kind decoders
 * (`decodeActivity` …), which name their schema directly so that a bundle decoding one kind
 * holds that kind's schema only.
 * @internal
 */
export function decodeWith<T>(
  kind: EntityKind,
  schema: z.ZodMiniType<T>,
  value: unknown,
  where: RecordSource,
): RecordDecoding<T> {
  // One rule for every kind and field, before the schema: no control character, noncharacter
  // or lone surrogate reaches a writer or a store (see text/ForbiddenCharacters.ts).
  const characters = forbiddenCharacters(value).map((found): RecordProblem => ({
    ...where,
    path: found.path,
    reason: `the text holds ${found.character} at character ${found.offset}, which no stored text may hold`,
    expected: "text without control characters (tab and line breaks are fine), U+FFFE, U+FFFF or lone surrogates",
  }));
  const parsed = schema.safeParse(value, DECODING_OPTIONS);
  const problems = [...characters, ...(parsed.success ? [] : problemsFromIssues(parsed.error.issues, where))];
  if (parsed.success && problems.length === 0) return { ok: true, value: parsed.data };
  return { ok: false, error: invalidRecord(kind, claimedId(value), problems) };
}
