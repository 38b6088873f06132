import type { Result } from "../result/Result";
import type { EntityKind, EntityOf } from "./EntityKind";
import { mandateLookupKey } from "./MandateLookup";
import { recordsEqual } from "./recordsEqual";
import { NotFound, RevisionConflict } from "./StoreErrors";
import type { AuditEntry, Stored } from "./Stored";

/** The outcome of writing one record into the tables: the stored record and whether it changed, or the conflict. */
export type TableWrite<K extends EntityKind> = Result<
  { readonly stored: Stored<K>; readonly changed: boolean },
  RevisionConflict
>;

type AnyStored = Stored<EntityKind>;

function describeRevision(revision: number | "absent"): string {
  return revision === "absent" ? "no record" : `revision ${revision}`;
}

function conflict(
  kind: EntityKind,
  id: string,
  expected: number | "absent",
  actual: number | "absent",
): RevisionConflict {
  return new RevisionConflict({
    kind,
    id,
    expected,
    actual,
    message:
      `The ${kind} "${id}" was expected at ${describeRevision(expected)} but the store has ${describeRevision(actual)}: ` +
      `someone changed it since you read it. Nothing was written; read it again, merge your change and retry.`,
  });
}

/** Whether a write that expected `expected` may go ahead over `actual`. */
function expectationHolds(expected: number | "absent" | undefined, actual: number | "absent"): boolean {
  return expected === undefined || expected === actual;
}

/**
 * The records and audit trails of an in-memory store, with the write rules every store keeps:
 * revisions start at 1 and grow by one per change; a write that changes nothing adds no
 * revision and no audit entry; a stale expected revision changes nothing; a removal is an
 * audited change with its own revision, and a record created again after removal continues
 * the count (so a revision read before the removal can never match the new record).
 * Records are copied in and out so callers cannot change stored state by mutation.
 */
export class InMemoryTables {
  private readonly records = new Map<EntityKind, Map<string, AnyStored>>();
  private readonly trails = new Map<string, AuditEntry[]>();
  /** Mandate ids by `mandateLookupKey`, kept with every write: the index `findMandate` reads. */
  private readonly mandateKeys = new Map<string, Set<string>>();

  /** Changes made so far (one per audit entry): the store's generation. */
  private changes = 0;

  constructor(
    private readonly now: () => Date,
    /** Told of every change as it is made (the store's `changes` subscribers). */
    private readonly changed: (entry: AuditEntry) => void = () => undefined,
  ) {}

  /** How many changes were made so far (see `StoreShape.generation`). */
  get generation(): number {
    return this.changes;
  }

  /** The stored record, copied, or undefined. */
  get<K extends EntityKind>(kind: K, id: string): Stored<K> | undefined {
    const stored = this.table(kind).get(id);
    return stored === undefined ? undefined : (copy(stored) as Stored<K>);
  }

  /** Every record of a kind, copied, ordered by id (code-unit order, as SQL's `COLLATE "C"`/BINARY). */
  all<K extends EntityKind>(kind: K): Stored<K>[] {
    return [...this.table(kind).values()]
      .sort((a, b) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0))
      .map((stored) => copy(stored) as Stored<K>);
  }

  /** The ids of the mandates whose symbol has this lookup key, in id order. */
  mandateIdsWithKey(key: string): string[] {
    return [...(this.mandateKeys.get(key) ?? [])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** The audit trail of a record, oldest first, copied. */
  history(kind: EntityKind, id: string): AuditEntry[] {
    return (this.trails.get(trailKey(kind, id)) ?? []).map((entry) => ({ ...entry }));
  }

  /** Writes a validated record, unless the expected revision is stale. */
  put<K extends EntityKind>(kind: K, record: EntityOf<K>, actor: string, expected?: number | "absent"): TableWrite<K> {
    const id = record.id;
    const current = this.table(kind).get(id) as Stored<K> | undefined;
    const actual = current?.revision ?? "absent";
    if (!expectationHolds(expected, actual))
      return { ok: false, error: conflict(kind, id, expected ?? "absent", actual) };
    if (current !== undefined && recordsEqual(current.record, record))
      return { ok: true, value: { stored: copy(current), changed: false } };
    const at = this.now().toISOString();
    const revision = (current?.revision ?? this.lastRevision(kind, id)) + 1;
    const stored: Stored<K> = {
      kind,
      record: structuredClone(record),
      revision,
      createdAt: current?.createdAt ?? at,
      updatedAt: at,
      updatedBy: actor,
    };
    if (kind === "mandate") this.reindexMandate(id, current?.record as EntityOf<"mandate"> | undefined, record);
    this.table(kind).set(id, stored);
    this.audit({ kind, id, revision, action: current === undefined ? "create" : "update", actor, at });
    return { ok: true, value: { stored: copy(stored), changed: true } };
  }

  /** Removes a record, unless it is absent or the expected revision is stale. */
  remove(
    kind: EntityKind,
    id: string,
    actor: string,
    expected?: number | "absent",
  ): NotFound | RevisionConflict | undefined {
    const current = this.table(kind).get(id);
    if (current === undefined) {
      return new NotFound({ kind, id, message: `There is no ${kind} with the id "${id}" to remove.` });
    }
    if (!expectationHolds(expected, current.revision))
      return conflict(kind, id, expected ?? "absent", current.revision);
    if (kind === "mandate") this.reindexMandate(id, current.record as EntityOf<"mandate">, undefined);
    this.table(kind).delete(id);
    this.audit({ kind, id, revision: current.revision + 1, action: "delete", actor, at: this.now().toISOString() });
    return undefined;
  }

  private reindexMandate(
    id: string,
    before: EntityOf<"mandate"> | undefined,
    after: EntityOf<"mandate"> | EntityOf<EntityKind> | undefined,
  ): void {
    const old = before === undefined ? undefined : mandateLookupKey(before);
    if (old !== undefined) this.mandateKeys.get(old)?.delete(id);
    const key = after === undefined ? undefined : mandateLookupKey(after as EntityOf<"mandate">);
    if (key === undefined) return;
    const ids = this.mandateKeys.get(key) ?? new Set<string>();
    ids.add(id);
    this.mandateKeys.set(key, ids);
  }

  private lastRevision(kind: EntityKind, id: string): number {
    return this.trails.get(trailKey(kind, id))?.at(-1)?.revision ?? 0;
  }

  private audit(entry: AuditEntry): void {
    this.changes += 1;
    const key = trailKey(entry.kind, entry.id);
    const trail = this.trails.get(key) ?? [];
    trail.push(entry);
    this.trails.set(key, trail);
    this.changed(entry);
  }

  private table(kind: EntityKind): Map<string, AnyStored> {
    let table = this.records.get(kind);
    if (table === undefined) {
      table = new Map();
      this.records.set(kind, table);
    }
    return table;
  }
}

function trailKey(kind: EntityKind, id: string): string {
  return `${kind}\u0000${id}`;
}

function copy<K extends EntityKind>(stored: Stored<K>): Stored<K> {
  return { ...stored, record: structuredClone(stored.record) };
}
