import type * as z from "zod/mini";
import type { RecordSource } from "../store/RecordProblems";
import { ENTITY_SCHEMAS, EntityKind, type EntityOf } from "../store/EntityKind";
import type { RecordProblem } from "../store/StoreErrors";
import { claimedId, invalidRecord } from "./InvalidRecord";
import { decodeWith, type RecordDecoding } from "./RecordDecoding";

/**
 * Decodes a record of any kind with the schema of its kind (`ENTITY_SCHEMAS[kind]`), which
 * every store does before it writes and the importer does for every line it reads. On
 * failure the InvalidRecord lists EVERY problem, each with its field path, what is wrong in
 * plain words, what was expected, and the file and line given in `where`.
 *
 * The decoded record is what gets stored (schemas may normalise, e.g. document symbols). A
 * front end that decodes one kind imports that kind's decoder (`decodeActivity` …) instead:
 * this one holds every kind's schema.
 * @example
 * const result = decodeRecord("activity", JSON.parse(line), { file: "activities.jsonl", line: 12 });
 * if (!result.ok) console.error(result.error.problems.map(formatRecordProblem).join("\n"));
 */
export function decodeRecord<K extends EntityKind>(
  kind: K,
  value: unknown,
  where: RecordSource = {},
): RecordDecoding<EntityOf<K>> {
  if (!EntityKind.safeParse(kind).success) {
    const problem: RecordProblem = {
      ...where,
      path: [],
      reason: `${JSON.stringify(kind) ?? String(kind)} is not a kind of record this store keeps`,
      expected: `one of ${EntityKind.options.join(", ")}`,
    };
    return { ok: false, error: invalidRecord("unknown", claimedId(value), [problem]) };
  }
  return decodeWith(kind, ENTITY_SCHEMAS[kind] as unknown as z.ZodMiniType<EntityOf<K>>, value, where);
}
