import type { EntityKind, EntityOf } from "@remit/core";
import {
  COLUMNS,
  createSecondaryIndexes,
  dropSecondaryIndexes,
  projectRecord,
  type RemitDatabase,
  type WrittenTable,
} from "@remit/store-sql";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { fileLines } from "../../store-sql/bench/LineReader";
import { resolveDatabaseUrl } from "../src";

const ROWS_PER_STATEMENT = 500;

/**
 * The floor of an import on PostgreSQL: each line is parsed with JSON.parse (no validation,
 * no comparison with what is stored) and the rows Remit would write are inserted with named
 * (server-side prepared) multi-row INSERTs of 500 rows, in one transaction, into the schema
 * Remit migrated, with the secondary indexes dropped during the insert and built at the end,
 * as Remit does. One round trip per row would measure the network, not the database, so the
 * floor batches as Remit does. The SQL is compiled by Kysely, never assembled by hand.
 */
export async function postgresFloor(file: string, schema: string): Promise<{ records: number; seconds: number }> {
  const client = new pg.Client({ connectionString: resolveDatabaseUrl(undefined) });
  await client.connect();
  // Kysely runs on the same client (and so in the same transaction) for the DDL.
  const single = {
    connect: async () => Object.assign(client, { release: () => undefined }),
    end: async () => undefined,
  };
  const db = new Kysely<RemitDatabase>({ dialect: new PostgresDialect({ pool: single }) }).withSchema(schema);
  const texts = new Map<string, string>();
  const insert = async (table: WrittenTable, values: unknown[]) => {
    const rows = values.length / COLUMNS[table].length;
    const name = `floor-${table}-${rows}`;
    let text = texts.get(name);
    if (text === undefined) {
      const parameterRow = Object.fromEntries(COLUMNS[table].map((column) => [column, null]));
      text = db
        .insertInto(table)
        .values(Array.from({ length: rows }, () => parameterRow))
        .compile().sql;
      texts.set(name, text);
    }
    await client.query({ name, text, values });
  };
  const pending = new Map<WrittenTable, unknown[]>();
  const flush = async (all: boolean) => {
    for (const [table, values] of pending) {
      const width = COLUMNS[table].length;
      while (values.length >= ROWS_PER_STATEMENT * width || (all && values.length > 0)) {
        await insert(table, values.splice(0, Math.min(values.length, ROWS_PER_STATEMENT * width)));
      }
    }
  };
  const add = (table: WrittenTable, row: readonly unknown[]) => {
    const values = pending.get(table) ?? [];
    values.push(...row);
    pending.set(table, values);
  };
  const at = new Date().toISOString();
  const started = performance.now();
  await sql`begin`.execute(db);
  await dropSecondaryIndexes(db);
  let records = 0;
  for await (const line of fileLines(file)) {
    const { kind, record } = JSON.parse(line) as { kind: EntityKind; record: EntityOf<EntityKind> };
    add("records", [kind, record.id, 1, JSON.stringify(record), at, at, "bench"]);
    projectRecord(kind, record, { add });
    add("audit", [kind, record.id, 1, "create", "bench", at]);
    records += 1;
    if (records % ROWS_PER_STATEMENT === 0) await flush(false);
  }
  await flush(true);
  await createSecondaryIndexes(db);
  await sql`commit`.execute(db);
  const seconds = (performance.now() - started) / 1000;
  await client.end();
  return { records, seconds };
}
