import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AccessTokens, Store, type AccessRole, type StoreShape } from "@remit/core";
import { reportContentFor, seedStoreWith } from "@remit/dataset";
import { PostgresStore, resolveDatabaseUrl } from "@remit/store-postgres";
import { SqliteStore } from "@remit/store-sqlite";
import { Context, Effect, Layer, ManagedRuntime } from "effect";
import pg from "pg";
import { issueToken, type BodyLimits } from "../src";
import { serveApi, type RunningApi } from "../src/node";

/** The two stores every HTTP test runs on. */
export const BACKENDS = ["sqlite", "postgres"] as const;
/** One of them. */
export type BackendName = (typeof BACKENDS)[number];

/** A running API on a real socket over a seeded store, with a token of each role. */
export interface TestApi {
  readonly backend: BackendName;
  /** Where its store is, for a second process on the same store. */
  readonly location: StoreLocation;
  readonly url: string;
  readonly running: RunningApi;
  readonly tokens: Readonly<Record<AccessRole, string>>;
  /** fetch against the API, with a role's token when one is named. */
  readonly call: (path: string, init?: RequestInit & { role?: AccessRole }) => Promise<Response>;
  /** Runs a program on the same store through a connection of its own, as another process would. */
  readonly outside: <A>(program: Effect.Effect<A, unknown, Store | AccessTokens>) => Promise<A>;
  readonly stop: () => Promise<void>;
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: resolveDatabaseUrl(undefined) });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

/** Where a test store lives, so that another process can open the same one. */
export type StoreLocation =
  { readonly kind: "sqlite"; readonly path: string } | { readonly kind: "postgres"; readonly schema: string };

function layerOf(backend: BackendName): {
  layer: Layer.Layer<Store | AccessTokens, unknown>;
  location: StoreLocation;
  cleanup: () => Promise<void>;
} {
  if (backend === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "remit-web-"));
    const path = join(dir, "remit.db");
    return {
      layer: SqliteStore.layer({ path }),
      location: { kind: "sqlite", path },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `remit_web_${randomBytes(5).toString("hex")}`;
  return {
    layer: PostgresStore.layer({ schema, poolSize: 8 }),
    location: { kind: "postgres", schema },
    cleanup: () => dropSchema(schema),
  };
}

/** `layer` with its Store seen through `observe` (a test's wrapper counting what the API asks of it). */
function observedLayer(
  layer: Layer.Layer<Store | AccessTokens, unknown>,
  observe: (store: StoreShape) => StoreShape,
): Layer.Layer<Store | AccessTokens, unknown> {
  const wrapped = Effect.map(Effect.context<Store | AccessTokens>(), (context) =>
    Context.add(context, Store, observe(Context.get(context, Store))),
  );
  return Layer.effectContext(wrapped).pipe(Layer.provide(layer));
}

/**
 * Seeds a new store of `backend` with the dataset, issues a token per role, and serves the API
 * on 127.0.0.1 at a free port. Public reads are off unless asked, so auth is exercised.
 */
export async function startApi(
  backend: BackendName,
  options: {
    publicReads?: boolean;
    seed?: boolean;
    limits?: Partial<BodyLimits>;
    /** Wraps the Store the API reads and writes (not the set-up's). */
    observe?: (store: StoreShape) => StoreShape;
  } = {},
): Promise<TestApi> {
  const { layer, location, cleanup } = layerOf(backend);
  // One runtime for the set-up, then the API's own: both build the layer once each.
  const setup = ManagedRuntime.make(layer);
  const tokens = {} as Record<AccessRole, string>;
  try {
    if (options.seed !== false) await setup.runPromise(seedStoreWith({ actor: "test seed" }));
    for (const role of ["viewer", "editor", "admin"] as const) {
      const issued = await issueToken({ name: `${role}-token`, role, by: "test", at: new Date() });
      await setup.runPromise(
        Effect.gen(function* () {
          return yield* (yield* AccessTokens).add(issued.token);
        }),
      );
      tokens[role] = issued.secret;
    }
  } finally {
    await setup.dispose();
  }
  const running = await serveApi({
    store: options.observe === undefined ? layer : observedLayer(layer, options.observe),
    port: 0,
    auth: { publicReads: options.publicReads ?? false },
    // As remit serve and the demo compose it: the dataset's report content for GA 74/173.
    reportContent: reportContentFor,
    ...(options.limits === undefined ? {} : { limits: options.limits }),
  });
  return {
    backend,
    location,
    url: running.url,
    running,
    tokens,
    call: (path, init = {}) => {
      const { role, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (role !== undefined) headers.set("authorization", `Bearer ${tokens[role]}`);
      return fetch(`${running.url}${path}`, { ...rest, headers });
    },
    outside: async (program) => {
      const other = ManagedRuntime.make(layer);
      try {
        return await other.runPromise(program);
      } finally {
        await other.dispose();
      }
    },
    stop: async () => {
      await running.close();
      await cleanup();
    },
  };
}
