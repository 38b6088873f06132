import { Data, Effect } from "effect";
import { ENTITY_KINDS, type EntityKind } from "./EntityKind";
import { Store } from "./Store";
import { NotFound, type StoreFailure } from "./StoreErrors";
import type { AuditEntry, Stored } from "./Stored";

/**
 * An id names records of more than one kind (ids are unique within a kind only): the caller
 * must say which kind it means.
 */
export class AmbiguousId extends Data.TaggedError("AmbiguousId")<{
  readonly id: string;
  /** The kinds that have a record with this id, in `ENTITY_KINDS` order. */
  readonly kinds: readonly EntityKind[];
  readonly message: string;
}> {}

/** A stored record with its whole audit trail: what a page or a command showing one record shows. */
export interface StoredWithHistory {
  readonly kind: EntityKind;
  readonly id: string;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
  readonly record: Stored<EntityKind>["record"];
  readonly history: readonly AuditEntry[];
}

/** Every stored record with this id among `kinds`. */
function recordsWithId(id: string, kinds: readonly EntityKind[]) {
  return Effect.gen(function* () {
    const store = yield* Store;
    const found: Stored<EntityKind>[] = [];
    for (const kind of kinds) {
      const stored = yield* store.get(kind, id).pipe(Effect.catchTag("NotFound", () => Effect.succeed(undefined)));
      if (stored !== undefined) found.push(stored);
    }
    return found;
  });
}

/**
 * The one stored record a reference names, of any kind or of `kind` only: an id
 * (`ccpcj-30`, `a-res-74-173`), or a mandate's symbol or citation (`A/RES/74/173`, "CCPCJ
 * resolution 22/8", through `Store.findMandate`). An id held by records of several kinds is
 * AmbiguousId; a reference that names nothing is NotFound.
 * @example findStoredRecord("A/RES/74/173") // the mandate a-res-74-173
 */
export function findStoredRecord(
  reference: string,
  kind?: EntityKind,
): Effect.Effect<Stored<EntityKind>, NotFound | AmbiguousId | StoreFailure, Store> {
  return Effect.gen(function* () {
    const store = yield* Store;
    const found = yield* recordsWithId(reference, kind === undefined ? ENTITY_KINDS : [kind]);
    if (found.length > 1) {
      const kinds = found.map((stored) => stored.kind);
      return yield* Effect.fail(
        new AmbiguousId({
          id: reference,
          kinds,
          message: `${reference} names a ${kinds.join(" and a ")}; say which kind of record you mean.`,
        }),
      );
    }
    if (found[0] !== undefined) return found[0];
    if (kind !== undefined && kind !== "mandate") {
      return yield* Effect.fail(
        new NotFound({ kind, id: reference, message: `There is no ${kind} with the id ${reference} in this store.` }),
      );
    }
    return yield* store.findMandate(reference);
  });
}

/**
 * The record a reference names (see {@link findStoredRecord}) with its revision, its dates
 * and every entry of its audit trail.
 * @example (yield* storedWithHistory("ccpcj-30")).history[0]?.action // "create"
 */
export function storedWithHistory(
  reference: string,
  kind?: EntityKind,
): Effect.Effect<StoredWithHistory, NotFound | AmbiguousId | StoreFailure, Store> {
  return Effect.gen(function* () {
    const store = yield* Store;
    const stored = yield* findStoredRecord(reference, kind);
    const history = yield* store.history(stored.kind, stored.record.id);
    return {
      kind: stored.kind,
      id: stored.record.id,
      revision: stored.revision,
      createdAt: stored.createdAt,
      updatedAt: stored.updatedAt,
      updatedBy: stored.updatedBy,
      record: stored.record,
      history,
    };
  });
}
