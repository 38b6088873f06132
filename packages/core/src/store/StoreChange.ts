import type { EntityKind } from "./EntityKind";

/** A record was written or removed: `revision` is the revision the change made (a removal's included). */
export interface RecordChanged {
  readonly _tag: "RecordChanged";
  readonly kind: EntityKind;
  readonly id: string;
  readonly revision: number;
}

/**
 * Why a store says "something may have changed" without naming the record:
 * - `listening`: the first thing every subscription hears. From here on every change is
 *   reported, so what was read before it may already be stale: read again after it;
 * - `imported`: an import wrote records (too many to name one by one);
 * - `unnamed`: another handle changed the store and this store cannot tell what (SQLite);
 * - `resumed`: the store lost its feed and has it back; changes in between were not heard.
 */
export type StoreChangeReason = "listening" | "imported" | "unnamed" | "resumed";

/** Something in the store may have changed: whoever follows a record reads it again. */
export interface StoreChanged {
  readonly _tag: "StoreChanged";
  readonly reason: StoreChangeReason;
}

/**
 * What a store's `changes` stream tells its subscribers. A subscriber following one record
 * reads it again on a RecordChanged naming it with a revision it has not seen, and on every
 * StoreChanged; it may be told of a change more than once, never zero times.
 */
export type StoreChange = RecordChanged | StoreChanged;

/** A RecordChanged. */
export function recordChanged(kind: EntityKind, id: string, revision: number): RecordChanged {
  return { _tag: "RecordChanged", kind, id, revision };
}

/** A StoreChanged. */
export function storeChanged(reason: StoreChangeReason): StoreChanged {
  return { _tag: "StoreChanged", reason };
}

/**
 * Whether a change may concern the record `kind`/`id` last read at `revision`: a StoreChanged
 * always may; a RecordChanged only when it names that record at another revision.
 * @example concerns(change, "thematicDiscussion", "td-31", 4) // re-read when true
 */
export function concerns(change: StoreChange, kind: EntityKind, id: string, revision: number): boolean {
  if (change._tag === "StoreChanged") return true;
  return change.kind === kind && change.id === id && change.revision !== revision;
}
