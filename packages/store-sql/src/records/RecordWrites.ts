import { NotFound, type Activity, type EntityKind, type EntityOf, type Stored, type WriteOptions } from "@remit/core";
import { BatchInserter } from "../projection/BatchInserter";
import type { Connection, DialectInfo } from "../DialectInfo";
import {
  ACTIVITIES_KEY,
  INDICATOR_BLOCK,
  RECORDS_KEY,
  bumpGenerations,
  storedObservationKeys,
  type GenerationKey,
} from "../aggregation/AggregationBlocks";
import { refreshKeptPartials } from "../aggregation/KeptPartials";
import { PartnerAliasWriter } from "../projection/PartnerAliasWriter";
import { partnerAliases } from "../projection/PartnerForms";
import { deleteProjections, generationKeys, projectRecord } from "../projection/Projections";
import { expectationHolds, revisionConflict } from "./RevisionConflicts";
import { sameRecord, storedBody } from "./StoredBody";
import { removedRevision, selectStoredRow, toStored } from "./StoredRows";

/** What a put did: the stored record, and whether it made a new revision. */
export interface PutOutcome<K extends EntityKind> {
  readonly stored: Stored<K>;
  readonly changed: boolean;
}

/**
 * How often a write without an expected revision re-reads and tries again after losing a
 * race to a concurrent writer (possible on PostgreSQL, whose transactions read committed).
 */
const UNCONDITIONAL_ATTEMPTS = 5;

/**
 * Bumps the aggregation generations a write changes, and returns them: the record's own, and
 * for a rewritten or removed observation the block it was in before (read before its index rows go).
 */
async function bumpFor(
  connection: Connection,
  kind: EntityKind,
  id: string,
  record: EntityOf<EntityKind> | undefined,
): Promise<GenerationKey[]> {
  const before = kind === "observation" ? await storedObservationKeys(connection, [id]) : [];
  const after =
    record === undefined
      ? kind === "indicator"
        ? [RECORDS_KEY, { indicatorId: id, block: INDICATOR_BLOCK }]
        : kind === "activity"
          ? [RECORDS_KEY, ACTIVITIES_KEY]
          : [RECORDS_KEY]
      : generationKeys(kind, record);
  const keys = [...before, ...after];
  await bumpGenerations(connection, keys);
  return keys;
}

/** Writes a record's derived rows (an activity's partner aliases among them) and its audit entry. */
async function writeDerivedRows(
  connection: Connection,
  dialect: DialectInfo,
  kind: EntityKind,
  record: EntityOf<EntityKind>,
  audit: { revision: number; action: "create" | "update"; actor: string; at: string },
): Promise<void> {
  const rows = new BatchInserter(connection, dialect.maxParameters);
  projectRecord(kind, record, rows);
  rows.add("audit", [kind, record.id, audit.revision, audit.action, audit.actor, audit.at]);
  await rows.flush();
  if (kind === "activity") {
    const aliases = new PartnerAliasWriter(connection, dialect.maxParameters);
    aliases.add(partnerAliases(record as Activity));
    await aliases.flush();
  }
}

/**
 * Creates or updates one validated record inside a write transaction. The stored revision is
 * compared and bumped in the same statement (`UPDATE … WHERE revision = ?`, `INSERT … ON
 * CONFLICT DO NOTHING`), so two writers can never both win: the loser gets RevisionConflict
 * and nothing it wrote survives (the caller rolls the transaction back).
 */
export async function putRecord<K extends EntityKind>(
  connection: Connection,
  dialect: DialectInfo,
  kind: K,
  record: EntityOf<K>,
  options: WriteOptions,
  at: string,
): Promise<PutOutcome<K>> {
  const id = record.id;
  const body = storedBody(record);
  for (let attempt = 1; ; attempt += 1) {
    const current = await selectStoredRow(connection, kind, id);
    const actual = current === undefined ? "absent" : Number(current.revision);
    if (!expectationHolds(options.expectedRevision, actual)) {
      throw revisionConflict(kind, id, options.expectedRevision ?? "absent", actual);
    }
    if (current !== undefined && sameRecord(current.body, body, record))
      return { stored: toStored(kind, current), changed: false };

    let won: boolean;
    let changed: GenerationKey[] = [];
    let revision: number;
    let createdAt: string;
    if (current === undefined) {
      revision = (await removedRevision(connection, kind, id)) + 1;
      createdAt = at;
      const inserted = await connection
        .insertInto("records")
        .values({ kind, id, revision, body, created_at: at, updated_at: at, updated_by: options.actor })
        .onConflict((conflict) => conflict.columns(["kind", "id"]).doNothing())
        .executeTakeFirst();
      won = Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
      if (won) {
        await connection.deleteFrom("removed_records").where("kind", "=", kind).where("id", "=", id).execute();
        changed = generationKeys(kind, record);
        await bumpGenerations(connection, changed);
      }
    } else {
      revision = Number(current.revision) + 1;
      createdAt = current.created_at;
      const updated = await connection
        .updateTable("records")
        .set({ body, revision, updated_at: at, updated_by: options.actor })
        .where("kind", "=", kind)
        .where("id", "=", id)
        .where("revision", "=", Number(current.revision))
        .executeTakeFirst();
      won = Number(updated.numUpdatedRows) === 1;
      if (won) {
        changed = await bumpFor(connection, kind, id, record);
        await deleteProjections(connection, kind, [id]);
      }
    }

    if (won) {
      const action = current === undefined ? "create" : "update";
      await writeDerivedRows(connection, dialect, kind, record, { revision, action, actor: options.actor, at });
      if (kind === "observation") await refreshKeptPartials(connection, dialect, changed);
      const stored: Stored<K> = { kind, record, revision, createdAt, updatedAt: at, updatedBy: options.actor };
      return { stored, changed: true };
    }
    if (options.expectedRevision !== undefined || attempt >= UNCONDITIONAL_ATTEMPTS) {
      const now = await selectStoredRow(connection, kind, id);
      throw revisionConflict(
        kind,
        id,
        options.expectedRevision ?? actual,
        now === undefined ? "absent" : Number(now.revision),
      );
    }
  }
}

/**
 * Removes one record inside a write transaction: its row and derived rows go, its last
 * revision is kept in `removed_records` and the removal is audited with its own revision,
 * which it returns.
 */
export async function removeRecord(
  connection: Connection,
  dialect: DialectInfo,
  kind: EntityKind,
  id: string,
  options: WriteOptions,
  at: string,
): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    const current = await selectStoredRow(connection, kind, id);
    if (current === undefined) {
      throw new NotFound({ kind, id, message: `There is no ${kind} with the id "${id}" to remove.` });
    }
    const actual = Number(current.revision);
    if (!expectationHolds(options.expectedRevision, actual)) {
      throw revisionConflict(kind, id, options.expectedRevision ?? "absent", actual);
    }
    const deleted = await connection
      .deleteFrom("records")
      .where("kind", "=", kind)
      .where("id", "=", id)
      .where("revision", "=", actual)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 1) {
      const revision = actual + 1;
      const changed = await bumpFor(connection, kind, id, undefined);
      await deleteProjections(connection, kind, [id]);
      if (kind === "observation") await refreshKeptPartials(connection, dialect, changed);
      await connection
        .insertInto("removed_records")
        .values({ kind, id, revision })
        .onConflict((conflict) => conflict.columns(["kind", "id"]).doUpdateSet({ revision }))
        .execute();
      await connection
        .insertInto("audit")
        .values({ kind, id, revision, action: "delete", actor: options.actor, at })
        .execute();
      return revision;
    }
    if (options.expectedRevision !== undefined || attempt >= UNCONDITIONAL_ATTEMPTS) {
      const now = await selectStoredRow(connection, kind, id);
      throw revisionConflict(
        kind,
        id,
        options.expectedRevision ?? actual,
        now === undefined ? "absent" : Number(now.revision),
      );
    }
  }
}
