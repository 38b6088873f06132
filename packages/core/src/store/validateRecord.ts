import { forbiddenCharacters } from "../text/ForbiddenCharacters";
import { ENTITY_SCHEMAS, EntityKind, type EntityOf } from "./EntityKind";
import { formatRecordProblem, problemsFromIssues, type RecordSource } from "./RecordProblems";
import { InvalidRecord, type RecordProblem } from "./StoreErrors";

/** The outcome of validating a record: the parsed record, or every problem found in it. */
export type RecordValidation<K extends EntityKind> =
  { readonly ok: true; readonly record: EntityOf<K> } | { readonly ok: false; readonly error: InvalidRecord };

const SHOWN_IN_MESSAGE = 3;

/** The id a record claims, for error messages, when it has a usable one. */
export function claimedId(record: unknown): string | undefined {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return undefined;
  const id = (record as { readonly id?: unknown }).id;
  return typeof id === "string" && id !== "" ? id : undefined;
}

/**
 * Builds the InvalidRecord for a record's problems, with a message that names the record and
 * shows the first few problems.
 */
export function invalidRecord(
  kind: EntityKind | "unknown",
  id: string | undefined,
  problems: readonly RecordProblem[],
): InvalidRecord {
  const shown = problems.slice(0, SHOWN_IN_MESSAGE).map(formatRecordProblem);
  const more = problems.length > SHOWN_IN_MESSAGE ? `; and ${problems.length - SHOWN_IN_MESSAGE} more` : "";
  const subject = id === undefined ? `This ${kind} record` : `The ${kind} record "${id}"`;
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return new InvalidRecord({
    kind,
    ...(id === undefined ? {} : { id }),
    problems,
    message: `${subject} is not valid (${count}): ${shown.join("; ")}${more}`,
  });
}

/**
 * Validates a record against the schema of its kind (`ENTITY_SCHEMAS[kind]`), which every
 * store does before it writes and the importer does for every line it reads. On failure the
 * InvalidRecord lists EVERY problem, each with its field path, what is wrong in plain words,
 * what was expected, and the file and line given in `where`.
 *
 * The parsed record is what gets stored (schemas may normalise, e.g. document symbols).
 * @example
 * const result = validateRecord("activity", JSON.parse(line), { file: "activities.jsonl", line: 12 });
 * if (!result.ok) console.error(result.error.problems.map(formatRecordProblem).join("\n"));
 */
export function validateRecord<K extends EntityKind>(
  kind: K,
  record: unknown,
  where: RecordSource = {},
): RecordValidation<K> {
  const knownKind = EntityKind.safeParse(kind);
  if (!knownKind.success) {
    const problem: RecordProblem = {
      ...where,
      path: [],
      reason: `${JSON.stringify(kind) ?? String(kind)} is not a kind of record this store keeps`,
      expected: `one of ${EntityKind.options.join(", ")}`,
    };
    return { ok: false, error: invalidRecord("unknown", claimedId(record), [problem]) };
  }
  // One rule for every kind and field, before the schema: no control character, noncharacter
  // or lone surrogate reaches a writer or a store (see text/ForbiddenCharacters.ts).
  const characters = forbiddenCharacters(record).map((found): RecordProblem => ({
    ...where,
    path: found.path,
    reason: `the text holds ${found.character} at character ${found.offset}, which no stored text may hold`,
    expected: "text without control characters (tab and line breaks are fine), U+FFFE, U+FFFF or lone surrogates",
  }));
  const parsed = ENTITY_SCHEMAS[kind].safeParse(record, { reportInput: true });
  const problems = [...characters, ...(parsed.success ? [] : problemsFromIssues(parsed.error.issues, where))];
  if (parsed.success && problems.length === 0) return { ok: true, record: parsed.data as EntityOf<K> };
  return { ok: false, error: invalidRecord(kind, claimedId(record), problems) };
}
