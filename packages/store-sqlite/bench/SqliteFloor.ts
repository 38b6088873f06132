import {
  COLUMNS,
  createSecondaryIndexes,
  dropSecondaryIndexes,
  projectRecord,
  type RemitDatabase,
  type WrittenTable,
} from "@remit/store-sql";
import type { EntityKind, EntityOf } from "@remit/core";
import Database from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { fileLines } from "../../store-sql/bench/LineReader";

/**
 * The floor of an import: what SQLite itself costs for the same rows. Each line is parsed
 * with JSON.parse (no validation, no comparison with what is stored), the rows Remit would
 * write (record, index tables, audit entry) are inserted with better-sqlite3 prepared
 * statements, one row per call, in one transaction, into the schema Remit migrated, with
 * the secondary indexes dropped during the insert and built at the end, as Remit does.
 * The SQL of each statement is compiled by Kysely, never assembled by hand.
 */
export async function sqliteFloor(file: string, path: string): Promise<{ records: number; seconds: number }> {
  const raw = new Database(path);
  // The settings Remit's import runs with (see BULK_IMPORT_PRAGMAS).
  raw.pragma("journal_mode = wal");
  raw.pragma("synchronous = normal");
  raw.pragma("cache_size = -32768");
  raw.pragma("temp_store = file");
  const db = new Kysely<RemitDatabase>({ dialect: new SqliteDialect({ database: raw }) });
  const statements = new Map<WrittenTable, Database.Statement>();
  for (const table of Object.keys(COLUMNS) as WrittenTable[]) {
    const parameterRow = Object.fromEntries(COLUMNS[table].map((column) => [column, null]));
    statements.set(table, raw.prepare(db.insertInto(table).values(parameterRow).compile().sql));
  }
  const insert = (table: WrittenTable, row: readonly unknown[]) => statements.get(table)!.run(row);
  const at = new Date().toISOString();
  const started = performance.now();
  await sql`begin`.execute(db);
  await dropSecondaryIndexes(db);
  let records = 0;
  for await (const line of fileLines(file)) {
    const { kind, record } = JSON.parse(line) as { kind: EntityKind; record: EntityOf<EntityKind> };
    insert("records", [kind, record.id, 1, JSON.stringify(record), at, at, "bench"]);
    projectRecord(kind, record, { add: insert });
    insert("audit", [kind, record.id, 1, "create", "bench", at]);
    records += 1;
  }
  await createSecondaryIndexes(db);
  await sql`commit`.execute(db);
  const seconds = (performance.now() - started) / 1000;
  await db.destroy();
  return { records, seconds };
}
