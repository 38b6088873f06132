import type { EntityKind } from "../store/EntityKind";
import type { ImportEntry } from "../store/ImportEntry";
import type { RecordProblem } from "../store/StoreErrors";

/** Where records are read from and, for bare records, what kind they are. */
export interface ReadOptions {
  /**
   * The kind of the bare records in the file. Lines or elements wrapped in an envelope
   * (`{"kind": "activity", "record": {…}}`) say their own kind and do not need it.
   */
  readonly kind?: EntityKind;
  /** The file name, passed to every entry and problem so reports say `file:line`. */
  readonly file?: string;
}

/**
 * A record together with its kind, so one file can hold records of several kinds:
 * `{"kind": "activity", "record": { "id": "act-…", … }}`. An object is an envelope only when
 * it has exactly the two fields `kind` and `record`; anything else is a bare record.
 */
export interface RecordEnvelope {
  readonly kind: EntityKind;
  readonly record: unknown;
}

/**
 * The kind an entry carries when a problem stops the reader from knowing it (no `kind`
 * option and no envelope): ImportEntry requires a kind, and the entry is rejected anyway.
 */
export const KIND_OF_UNREADABLE: EntityKind = "body";

/**
 * The kinds, in the store's order. Kept here as a checked copy (the compiler rejects a
 * missing or extra kind) so that the readers do not load every entity schema at run time.
 */
const KINDS_IN_ORDER = {
  body: true,
  session: true,
  thematicDiscussion: true,
  mandate: true,
  instrument: true,
  activity: true,
  indicator: true,
  observation: true,
} as const satisfies Record<EntityKind, true>;
const KNOWN_KINDS: ReadonlySet<string> = new Set(Object.keys(KINDS_IN_ORDER));

/** Whether a value names a kind of record a store keeps. */
export function isEntityKind(value: unknown): value is EntityKind {
  return typeof value === "string" && KNOWN_KINDS.has(value);
}

/** The words for an unknown kind, listing the known ones. */
export function expectedKinds(): string {
  return `one of ${[...KNOWN_KINDS].join(", ")}`;
}

/** An entry that carries only a reading problem, located at `line` of the file. */
export function problemEntry(
  options: ReadOptions,
  line: number,
  problem: Omit<RecordProblem, "file" | "line" | "path"> & { readonly path?: RecordProblem["path"] },
): ImportEntry {
  const where = { ...(options.file === undefined ? {} : { file: options.file }), line };
  return {
    kind: options.kind ?? KIND_OF_UNREADABLE,
    record: undefined,
    ...where,
    readProblem: {
      ...where,
      path: problem.path ?? [],
      reason: problem.reason,
      ...(problem.expected === undefined ? {} : { expected: problem.expected }),
      ...(problem.wording === undefined ? {} : { wording: problem.wording }),
    },
  };
}

function isEnvelope(value: unknown): value is { readonly kind: unknown; readonly record: unknown } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && keys.includes("kind") && keys.includes("record");
}

/**
 * The entry for a parsed JSON value found at `line`: an envelope gives its own kind, a bare
 * record takes `options.kind`; without either the entry is a problem saying how to fix it.
 */
export function entryOf(value: unknown, line: number, options: ReadOptions): ImportEntry {
  if (isEnvelope(value)) {
    if (!isEntityKind(value.kind)) {
      return problemEntry(options, line, {
        path: ["kind"],
        reason: `${JSON.stringify(value.kind) ?? "this"} is not a kind of record`,
        expected: expectedKinds(),
      });
    }
    return {
      kind: value.kind,
      record: value.record,
      ...(options.file === undefined ? {} : { file: options.file }),
      line,
    };
  }
  if (options.kind === undefined) {
    return problemEntry(options, line, {
      reason: 'is a record of no stated kind: wrap it as {"kind": …, "record": …} or choose the kind when importing',
      expected: `an envelope whose kind is ${expectedKinds()}`,
    });
  }
  return { kind: options.kind, record: value, ...(options.file === undefined ? {} : { file: options.file }), line };
}
