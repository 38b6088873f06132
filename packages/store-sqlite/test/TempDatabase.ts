import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Effect, Layer } from "effect";
import { afterEach } from "vitest";
import { Store } from "@remit/core";
import { SqliteStore, type SqliteStoreOptions } from "../src";

/** A new temporary folder for one test's database files, removed by `remove`. */
export function tempFolder(prefix = "remit-sqlite-"): {
  readonly path: (name: string) => string;
  readonly remove: () => void;
} {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  return { path: (name) => join(folder, name), remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** A Layer of a store on a new database file, deleted (with its folder) when the layer is released. */
export function tempStoreLayer(options: Omit<SqliteStoreOptions, "path"> = {}): Layer.Layer<Store, unknown> {
  return Layer.effect(
    Store,
    Effect.acquireRelease(
      Effect.sync(() => tempFolder()),
      (folder) => Effect.sync(() => folder.remove()),
    ).pipe(Effect.flatMap((folder) => SqliteStore.make({ ...options, path: folder.path("remit.db") }))),
  );
}

/**
 * For a test file: a function giving a path named `name` in a new folder for one test, and a
 * hook that removes every folder given once the test has run.
 */
export function pathsRemovedAfterEach(): (name: string) => string {
  const folders: ReturnType<typeof tempFolder>[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) folder.remove();
  });
  return (name) => {
    const folder = tempFolder();
    folders.push(folder);
    return folder.path(name);
  };
}
