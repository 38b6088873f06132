import type { EntityKind, EntityOf } from "@remit/core";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import {
  COLUMNS,
  copyText,
  createSecondaryIndexes,
  dropSecondaryIndexes,
  projectRecord,
  type RemitDatabase,
  type WrittenTable,
} from "@remit/store-sql";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { fileLines } from "../../store-sql/bench/LineReader";
import { resolveDatabaseUrl } from "../src";

/** Records per COPY round: the import's batch. */
const RECORDS_PER_COPY = 500;

/**
 * The floor of an import on PostgreSQL: each line is parsed with JSON.parse (no validation,
 * no comparison with what is stored) and the rows Remit would write are copied with
 * `COPY … FROM STDIN` (pg-copy-streams), every 500 records one COPY per table, in one
 * transaction, into the schema Remit migrated, with the secondary indexes dropped during the
 * load and built at the end, as Remit does. The SQL is compiled by Kysely, never assembled by hand.
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
  const copySql = (table: WrittenTable) =>
    sql`copy ${sql.table(`${schema}.${table}`)} (${sql.join(COLUMNS[table].map((column) => sql.ref(column)))}) from stdin`.compile(
      db,
    ).sql;
  const copy = async (table: WrittenTable, values: readonly unknown[]) => {
    await pipeline(
      Readable.from([copyText(values as (string | number | null)[], COLUMNS[table].length)]),
      client.query(copyFrom(copySql(table))),
    );
  };
  const pending = new Map<WrittenTable, unknown[]>();
  const flush = async () => {
    for (const [table, values] of pending) {
      if (values.length > 0) await copy(table, values);
      pending.set(table, []);
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
    if (records % RECORDS_PER_COPY === 0) await flush();
  }
  await flush();
  await createSecondaryIndexes(db);
  await sql`commit`.execute(db);
  const seconds = (performance.now() - started) / 1000;
  await client.end();
  return { records, seconds };
}
