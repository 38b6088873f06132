import type { AccessTokens, Store, StoreFailure } from "@remit/core";
import { AccessTokens as AccessTokensTag } from "@remit/core";
import { seedStoreWith } from "@remit/dataset";
import { PostgresStore } from "@remit/store-postgres";
import { SqliteStore } from "@remit/store-sqlite";
import { addNewToken, hashSecret } from "@remit/web";
import { Effect, type Layer } from "effect";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { DemoConfig, DemoDatabase } from "./DemoConfig";

/** The store layer of the configured database. */
export function demoStoreLayer(database: DemoDatabase): Layer.Layer<Store | AccessTokens, StoreFailure> {
  if (database.kind === "postgres")
    return PostgresStore.layer({
      url: database.url,
      ...(database.schema === undefined ? {} : { schema: database.schema }),
    });
  mkdirSync(dirname(database.path), { recursive: true });
  return SqliteStore.layer({ path: database.path });
}

/** What seeding found: records written now and records already there. */
export interface SeedCount {
  readonly written: number;
  readonly unchanged: number;
}

/** Loads the dataset into the store; the second time it writes nothing. */
export function seedDemo(config: DemoConfig): Promise<SeedCount> {
  return Effect.runPromise(
    seedStoreWith({ actor: "@remit/demo" }).pipe(Effect.provide(demoStoreLayer(config.database))),
  ).then((report) => ({ written: report.written, unchanged: report.unchanged }));
}

/** The editor token's secret kept in the demo's folder, and whether it was made now. */
export interface EditorToken {
  readonly secret: string;
  readonly file: string;
  readonly issued: boolean;
}

/**
 * The editor token the sign-in page asks for: the one kept in `.remit-demo/editor-token` when
 * the store still knows it, otherwise a new one (a store can be swapped under the same folder).
 */
export function editorToken(config: DemoConfig): Promise<EditorToken> {
  const file = join(config.folder, config.database.kind === "postgres" ? "editor-token.postgres" : "editor-token");
  let kept: string | undefined;
  try {
    kept = readFileSync(file, "utf8").trim();
  } catch {
    kept = undefined;
  }
  const program = Effect.gen(function* () {
    const tokens = yield* AccessTokensTag;
    if (kept !== undefined && kept !== "") {
      const hash = yield* Effect.promise(() => hashSecret(kept));
      const found = yield* tokens.findBySecretHash(hash);
      if (found !== undefined && found.role === "editor") return { secret: kept, file, issued: false };
    }
    const at = new Date();
    const { secret } = yield* addNewToken({
      name: `demo editor ${at.toISOString()}`,
      role: "editor",
      by: "@remit/demo",
      at,
    });
    mkdirSync(config.folder, { recursive: true });
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    return { secret, file, issued: true };
  });
  return Effect.runPromise(program.pipe(Effect.provide(demoStoreLayer(config.database))));
}
