import { randomBytes } from "node:crypto";
import { Store } from "@remit/core";
import type { RemitDatabase } from "@remit/store-sql";
import { Effect, Layer } from "effect";
import { afterEach } from "vitest";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { PostgresStore, resolveDatabaseUrl, type PostgresStoreOptions } from "../src";

/** A schema name no other test run uses. */
export function tempSchemaName(): string {
  return `remit_test_${randomBytes(6).toString("hex")}`;
}

/** Runs the tests' own set-up and checks on the test server, through Kysely over a short-lived pool. */
export async function onServer<A>(work: (db: Kysely<RemitDatabase>) => Promise<A>): Promise<A> {
  const db = new Kysely<RemitDatabase>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: resolveDatabaseUrl(undefined), max: 1 }) }),
  });
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/** Drops a test schema and everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  await onServer((db) => db.schema.dropSchema(schema).ifExists().cascade().execute());
}

/** A Layer of a store in a new schema, dropped when the layer is released. */
export function tempStoreLayer(options: Omit<PostgresStoreOptions, "schema"> = {}): Layer.Layer<Store, unknown> {
  return Layer.effect(
    Store,
    Effect.acquireRelease(
      Effect.sync(() => tempSchemaName()),
      (schema) => Effect.promise(() => dropSchema(schema)),
    ).pipe(Effect.flatMap((schema) => PostgresStore.make({ poolSize: 4, ...options, schema }))),
  );
}

/**
 * For a test file: a function giving a new schema name for one test, and a hook that drops
 * every schema given once the test has run.
 */
export function schemasDroppedAfterEach(): () => string {
  const schemas: string[] = [];
  afterEach(async () => {
    for (const schema of schemas.splice(0)) await dropSchema(schema);
  });
  return () => {
    const schema = tempSchemaName();
    schemas.push(schema);
    return schema;
  };
}
