import { StoreFailure, type EntityKind, type ImportRun } from "@remit/core";
import { BatchInserter } from "../projection/BatchInserter";
import type { Connection, DialectInfo } from "../DialectInfo";
import { bumpGenerations, storedObservationKeys } from "../aggregation/AggregationBlocks";
import { PartnerAliasWriter } from "../projection/PartnerAliasWriter";
import { deleteProjections } from "../projection/Projections";
import { createSecondaryIndexes, dropSecondaryIndexes } from "../schema/SecondaryIndexes";
import { sameRecord } from "../records/StoredBody";
import { WrittenKeys } from "./WrittenKeys";
import { addProjectedRows, type PreparedRecord } from "./PreparedRecord";

/**
 * Records per batch: looked up together, then written with multi-row inserts. A batch is
 * what an import keeps alive while it reads on (two, with one being written), and V8 sizes
 * its heap at a multiple of what is alive at each full collection: 500 records peaked a
 * 200,000-activity PostgreSQL import at 256–268 MB RSS, 250 at 226 MB.
 */
export const IMPORT_BATCH_SIZE = 250;

/**
 * An import that has written this many new records, and more than the store held before,
 * switches to bulk mode: secondary indexes are dropped and rebuilt once at the end, inside
 * the same transaction, so a kill or a failure still leaves the store as it was.
 */
export const DEFAULT_BULK_IMPORT_THRESHOLD = 5_000;

interface ExistingRow {
  readonly revision: number;
  readonly body: string;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/**
 * Writes the accepted records of one import, a batch at a time, inside the import's
 * transaction: records equal to what is stored are counted unchanged, new ones are inserted
 * with multi-row statements, changed ones updated with their revision checked. Memory holds
 * one batch and one statement of rows per table, whatever the size of the import.
 */
export class ImportWriter {
  private readonly rows: BatchInserter;
  private readonly aliases: PartnerAliasWriter;
  private inserted = 0;
  private bulk = false;
  /** What this import wrote, when the store was empty before it: then nothing else can be found in `records`. */
  private readonly written: WrittenKeys | undefined;
  /**
   * The generation counters this import has bumped. Each is bumped once per import: the
   * transaction is seen whole, so once is enough to say it changed, and on PostgreSQL every
   * further update of the same row in one transaction leaves one more dead version that the
   * next upsert walks past, which made a large import's batches slower and slower.
   */
  private readonly bumped = new Set<string>();

  private constructor(
    private readonly connection: Connection,
    private readonly dialect: DialectInfo,
    private readonly actor: string,
    private readonly now: () => string,
    private readonly storedBefore: number,
    private readonly bulkThreshold: number,
    /** Whether the store remembers removed records, whose re-creation continues their revisions. */
    private readonly remembersRemovals: boolean,
  ) {
    this.rows = new BatchInserter(connection, dialect.maxParameters, dialect);
    this.aliases = new PartnerAliasWriter(connection, dialect.maxParameters);
    this.written = storedBefore === 0 ? new WrittenKeys() : undefined;
  }

  /** A writer for an import on `connection`, which must be inside the import's transaction. */
  static async open(
    connection: Connection,
    dialect: DialectInfo,
    actor: string,
    now: () => string,
    bulkThreshold: number,
  ): Promise<ImportWriter> {
    const row = await connection
      .selectFrom("records")
      .select((eb) => eb.fn.countAll().as("count"))
      .executeTakeFirst();
    const removal = await connection.selectFrom("removed_records").select("id").limit(1).executeTakeFirst();
    return new ImportWriter(
      connection,
      dialect,
      actor,
      now,
      Number(row?.count ?? 0),
      bulkThreshold,
      removal !== undefined,
    );
  }

  /** Writes one batch (no two entries with the same kind and id) and counts each record in `run`. */
  async write(batch: readonly PreparedRecord[], run: ImportRun): Promise<void> {
    if (batch.length === 0) return;
    const at = this.now();
    // Into an empty store, only a record this import wrote (met twice in the file) can be found.
    const written = this.written;
    const existing = await this.lookUp(
      written === undefined ? batch : batch.filter((entry) => written.mayHave(entry.kind, entry.id)),
      "records",
    );
    const updates: { entry: PreparedRecord; revision: number }[] = [];
    const created: PreparedRecord[] = [];
    for (const entry of batch) {
      const current = existing.get(entry.kind)?.get(entry.id);
      if (current === undefined) created.push(entry);
      else if (current.body === entry.body || sameRecord(current.body, entry.body, JSON.parse(entry.body)))
        run.countUnchanged();
      else updates.push({ entry, revision: current.revision });
    }
    await this.bumpGenerationsFor(
      created,
      updates.map((update) => update.entry),
    );
    const removed = this.remembersRemovals
      ? await this.lookUp(created, "removed_records")
      : new Map<EntityKind, Map<string, ExistingRow>>();
    for (const entry of created) {
      const revision = (removed.get(entry.kind)?.get(entry.id)?.revision ?? 0) + 1;
      this.addRows(entry, revision, "create", at);
      this.written?.add(entry.kind, entry.id);
      run.countWritten();
    }
    this.inserted += created.length;
    if (this.remembersRemovals) await this.forgetRemoved(created, removed);
    if (updates.length > 0) await this.update(updates, at, run);
    await this.rows.flushTable("records");
    await this.rows.flushFull();
    await this.aliases.flush();
    await this.enterBulkModeWhenLarge();
  }

  /**
   * Writes what is buffered and, after a bulk import, builds the indexes again. Says whether
   * the import was a bulk one (see `DialectInfo.settleAfterBulkImport`).
   */
  async finish(): Promise<{ readonly bulk: boolean }> {
    await this.rows.flush();
    if (this.bulk) {
      await createSecondaryIndexes(this.connection);
      await this.dialect.analyze(this.connection);
    }
    return { bulk: this.bulk };
  }

  private addRows(entry: PreparedRecord, revision: number, action: "create" | "update", at: string): void {
    const { kind, id, body } = entry;
    if (action === "create") this.rows.add("records", [kind, id, revision, body, at, at, this.actor]);
    addProjectedRows(entry, this.rows);
    this.aliases.add(entry.aliases);
    this.rows.add("audit", [kind, id, revision, action, this.actor, at]);
  }

  private async update(
    updates: readonly { entry: PreparedRecord; revision: number }[],
    at: string,
    run: ImportRun,
  ): Promise<void> {
    // Earlier versions of these records may still sit in the buffers: write them first, so
    // that deleting their index rows deletes all of them.
    await this.rows.flush();
    const byKind = new Map<EntityKind, string[]>();
    for (const { entry } of updates) byKind.set(entry.kind, [...(byKind.get(entry.kind) ?? []), entry.id]);
    for (const [kind, ids] of byKind) await deleteProjections(this.connection, kind, ids);
    for (const { entry, revision } of updates) {
      const result = await this.connection
        .updateTable("records")
        .set({ body: entry.body, revision: revision + 1, updated_at: at, updated_by: this.actor })
        .where("kind", "=", entry.kind)
        .where("id", "=", entry.id)
        .where("revision", "=", revision)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) {
        throw new StoreFailure({
          operation: "importRecords",
          message: `The ${entry.kind} "${entry.id}" was changed by another writer during the import; nothing was imported. Run the import again.`,
        });
      }
      this.addRows(entry, revision + 1, "update", at);
      run.countWritten();
    }
  }

  private async lookUp(
    entries: readonly PreparedRecord[],
    table: "records" | "removed_records",
  ): Promise<Map<EntityKind, Map<string, ExistingRow>>> {
    const found = new Map<EntityKind, Map<string, ExistingRow>>();
    const byKind = new Map<EntityKind, string[]>();
    for (const { kind, id } of entries) byKind.set(kind, [...(byKind.get(kind) ?? []), id]);
    for (const [kind, ids] of byKind) {
      const rows = new Map<string, ExistingRow>();
      for (const part of chunks(ids, Math.max(1, this.dialect.maxParameters - 1))) {
        const selected =
          table === "records"
            ? await this.connection
                .selectFrom("records")
                .select(["id", "revision", "body"])
                .where("kind", "=", kind)
                .where("id", "in", part)
                .execute()
            : (
                await this.connection
                  .selectFrom("removed_records")
                  .select(["id", "revision"])
                  .where("kind", "=", kind)
                  .where("id", "in", part)
                  .execute()
              ).map((row) => ({ ...row, body: "" }));
        for (const row of selected) rows.set(row.id, { revision: Number(row.revision), body: row.body });
      }
      found.set(kind, rows);
    }
    return found;
  }

  /** Bumps the aggregation generations of new and changed records (and the old blocks of changed observations). */
  private async bumpGenerationsFor(
    created: readonly PreparedRecord[],
    updated: readonly PreparedRecord[],
  ): Promise<void> {
    const keys = [...created, ...updated].flatMap((entry) => entry.generations);
    if (keys.length === 0) return;
    const rewritten = updated.filter((entry) => entry.kind === "observation").map((entry) => entry.id);
    // RECORDS_KEY is in the first bump, so the import holds that row (the writers' queue) from its first batch on.
    const fresh = [...keys, ...(await storedObservationKeys(this.connection, rewritten))].filter((key) => {
      const text = `${key.indicatorId}\u0000${key.block}`;
      if (this.bumped.has(text)) return false;
      this.bumped.add(text);
      return true;
    });
    if (fresh.length > 0) await bumpGenerations(this.connection, fresh);
  }

  private async forgetRemoved(
    created: readonly PreparedRecord[],
    removed: Map<EntityKind, Map<string, ExistingRow>>,
  ): Promise<void> {
    for (const [kind, rows] of removed) {
      if (rows.size === 0) continue;
      const ids = created.filter((entry) => entry.kind === kind && rows.has(entry.id)).map((entry) => entry.id);
      await this.connection.deleteFrom("removed_records").where("kind", "=", kind).where("id", "in", ids).execute();
    }
  }

  private async enterBulkModeWhenLarge(): Promise<void> {
    if (this.bulk || this.inserted < Math.max(this.bulkThreshold, this.storedBefore + 1)) return;
    await this.rows.flush();
    await dropSecondaryIndexes(this.connection);
    this.bulk = true;
  }
}
