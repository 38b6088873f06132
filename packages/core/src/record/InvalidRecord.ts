import type { EntityKind } from "../store/EntityKind";
import { formatRecordProblem } from "../store/RecordProblems";
import type { RecordProblem } from "../store/StoreErrors";

/**
 * A record does not validate against its schema; `problems` lists every issue, not just the
 * first. Plain tagged data rather than an Effect `Data.TaggedError` like the other store
 * errors, because decoding runs in browsers too: the class would bring effect (13.7 KB
 * minified) into a form's bundle. Effect fails with it all the same, and `catchTag` finds it.
 */
export interface InvalidRecord {
  readonly _tag: "InvalidRecord";
  readonly kind: EntityKind | "unknown";
  readonly id?: string;
  readonly problems: readonly RecordProblem[];
  readonly message: string;
}

const SHOWN_IN_MESSAGE = 3;

/**
 * The id a record claims, for error messages, when it has a usable one.
 * @example claimedId({ id: "a-res-74-173" }) // "a-res-74-173"
 */
export function claimedId(record: unknown): string | undefined {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return undefined;
  const id = (record as { readonly id?: unknown }).id;
  return typeof id === "string" && id !== "" ? id : undefined;
}

/**
 * Builds the InvalidRecord for a record's problems, with a message that names the record and
 * shows the first few problems.
 * @example invalidRecord("mandate", "a-res-74-173", problems).message // 'The mandate record "a-res-74-173" is not valid (2 problems): …'
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
  return {
    _tag: "InvalidRecord",
    kind,
    ...(id === undefined ? {} : { id }),
    problems,
    message: `${subject} is not valid (${count}): ${shown.join("; ")}${more}`,
  };
}
