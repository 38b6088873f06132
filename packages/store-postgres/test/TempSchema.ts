import { randomBytes } from "node:crypto";
import { Store } from "@remit/core";
import { Effect, Layer } from "effect";
import pg from "pg";
import { PostgresStore, resolveDatabaseUrl, type PostgresStoreOptions } from "../src";

/** A schema name no other test run uses. */
export function tempSchemaName(): string {
  return `remit_test_${randomBytes(6).toString("hex")}`;
}

/** Runs SQL on the test server with a short-lived client (the tests' own set-up and checks). */
export async function onServer<A>(work: (client: pg.Client) => Promise<A>): Promise<A> {
  const client = new pg.Client({ connectionString: resolveDatabaseUrl(undefined) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Drops a test schema and everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  await onServer((client) => client.query(`drop schema if exists "${schema.replace(/"/g, "")}" cascade`));
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
