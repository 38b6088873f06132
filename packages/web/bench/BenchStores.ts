import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AccessTokens, Store, type ImportEntry } from "@remit/core";
import { PostgresStore, resolveDatabaseUrl } from "@remit/store-postgres";
import { SqliteStore } from "@remit/store-sqlite";
import type { Layer } from "effect";
import { Effect, ManagedRuntime } from "effect";
import pg from "pg";
import { issueToken } from "../src";
import {
  SYNTHETIC_INDICATORS,
  seededRandom,
  syntheticActivity,
  syntheticCountries,
  syntheticObservation,
} from "@remit/core/testing";

/** Where a benchmark store lives, as the server process opens it. */
export type BenchStore =
  { readonly kind: "sqlite"; readonly path: string } | { readonly kind: "postgres"; readonly schema: string };

/** A new, empty store location of a kind. */
export function newStore(kind: "sqlite" | "postgres"): BenchStore {
  return kind === "sqlite"
    ? { kind, path: join(tmpdir(), `remit-web-bench-${process.pid}-${randomBytes(3).toString("hex")}.db`) }
    : { kind, schema: `remit_web_bench_${randomBytes(5).toString("hex")}` };
}

function layerOf(store: BenchStore): Layer.Layer<Store | AccessTokens, unknown> {
  return store.kind === "sqlite"
    ? SqliteStore.layer({ path: store.path })
    : PostgresStore.layer({ schema: store.schema });
}

async function* entries(count: number): AsyncGenerator<ImportEntry> {
  const random = seededRandom(2021);
  const countries = syntheticCountries(2021);
  for (const indicator of SYNTHETIC_INDICATORS) yield { kind: "indicator", record: indicator };
  for (let index = 0; index < count; index += 1) {
    const activity = syntheticActivity(random, index, countries);
    yield { kind: "activity", record: activity };
    if (index % 4 === 0) yield { kind: "observation", record: syntheticObservation(random, activity, index) };
  }
}

/** Fills a store with `count` synthetic activities (and an observation every fourth) and issues an editor token. */
export async function seedStore(store: BenchStore, count: number): Promise<{ token: string; seconds: number }> {
  const runtime = ManagedRuntime.make(layerOf(store));
  try {
    const started = performance.now();
    await runtime.runPromise(
      Effect.gen(function* () {
        yield* (yield* Store).importRecords(entries(count), { actor: "bench" });
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const issued = await issueToken({ name: "bench-editor", role: "editor", by: "bench", at: new Date() });
    await runtime.runPromise(
      Effect.gen(function* () {
        yield* (yield* AccessTokens).add(issued.token);
      }),
    );
    return { token: issued.secret, seconds };
  } finally {
    await runtime.dispose();
  }
}

/** Removes a benchmark store. */
export async function dropStore(store: BenchStore): Promise<void> {
  if (store.kind === "sqlite") {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${store.path}${suffix}`, { force: true });
    return;
  }
  const client = new pg.Client({ connectionString: resolveDatabaseUrl(undefined) });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${store.schema}" cascade`);
  } finally {
    await client.end();
  }
}
