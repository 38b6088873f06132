import type { EntityKind, EntityOf } from "./EntityKind";

/**
 * A record as the store keeps it: the record, its revision (1 on creation, +1 on every change
 * that alters it) and who changed it last. A put that changes nothing makes no new revision.
 */
export interface Stored<K extends EntityKind> {
  readonly kind: K;
  readonly record: EntityOf<K>;
  readonly revision: number;
  /** ISO 8601 timestamp of the first revision. */
  readonly createdAt: string;
  /** ISO 8601 timestamp of the latest revision. */
  readonly updatedAt: string;
  /** The actor (a person or a process) that wrote the latest revision. */
  readonly updatedBy: string;
}

/** One page of a list query, in a stable order, and the cursor for the next page. */
export interface Page<T> {
  readonly items: readonly T[];
  /** Opaque; pass it back to get the next page. Absent on the last page. */
  readonly nextCursor?: string;
}

/** Options of every write: who writes, and which revision they last read. */
export interface WriteOptions {
  /** Who makes the change; recorded in the audit trail. */
  readonly actor: string;
  /**
   * The revision the writer last read; the write fails with RevisionConflict if the stored
   * revision differs. "absent" means "create only". Omitted: write whatever is stored.
   */
  readonly expectedRevision?: number | "absent";
}

/** One entry of a record's audit trail. */
export interface AuditEntry {
  readonly kind: EntityKind;
  readonly id: string;
  readonly revision: number;
  readonly action: "create" | "update" | "delete";
  readonly actor: string;
  /** ISO 8601 timestamp. */
  readonly at: string;
}

/** The default and maximum page sizes every store honours. */
export const PAGE_DEFAULT_LIMIT = 50;
/** Larger requests are clamped to this. */
export const PAGE_MAX_LIMIT = 1000;
