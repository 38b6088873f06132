import { existsSync } from "node:fs";
import { access, constants, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { ENTITY_KINDS } from "@remit/core";
import { Effect } from "effect";
import type { CliContext } from "../command/CliContext";
import { handle } from "../command/Handle";
import { conflict, ioFailure, usageError } from "../failure/CliFailure";
import { writeOutput } from "../export/OutputTarget";
import { printResult } from "../output/PrintResult";
import { recordsProgress } from "../output/RecordsProgress";
import { missingStore, storeLayer } from "./StoreLayer";
import { printSqliteCopy } from "./SqliteCopyResult";
import { cliMessage, say } from "../messages/CliMessage";

/** The arguments of `remit db backup`. */
export interface BackupInput {
  readonly file: string;
  /** Replace the file when it exists. */
  readonly force: boolean;
}

/** Refuses to replace an existing file without --force (exit 4). */
export function refuseExisting(file: string, force: boolean) {
  return !force && existsSync(file) ? Effect.fail(conflict(cliMessage("failure.backupExists", { file }))) : Effect.void;
}

/**
 * Fails, naming the backup file, when its folder cannot be written: SQLite's own error would
 * come from the backup of the store and read as if the store were at fault.
 */
function writableFolderOf(file: string) {
  return Effect.tryPromise({
    try: async () => {
      const folder = dirname(resolve(file));
      if (!(await stat(folder)).isDirectory())
        throw Object.assign(new Error(`${folder} is a file`), { code: "ENOTDIR" });
      await access(folder, constants.W_OK);
    },
    catch: (cause) => ioFailure("write", file, cause),
  });
}

/** SQLite's online backup, which the store writes atomically (`SqliteStore.backup`). */
function backupSqlite(context: CliContext, path: string, input: BackupInput) {
  return Effect.gen(function* () {
    if (!existsSync(path)) return yield* Effect.fail(missingStore(context.store));
    yield* writableFolderOf(input.file);
    const { SqliteStore } = yield* Effect.promise(() => import("@remit/store-sqlite"));
    const report = yield* SqliteStore.backup(path, input.file);
    yield* printSqliteCopy(context, input.file, report, "outcome.backedUpSqlite");
  });
}

/**
 * A logical backup: every record as a JSON Lines envelope (`exportStore`, as `remit export
 * jsonl` writes them), which `remit db restore` and `remit import` read.
 */
function backupRecords(context: CliContext, input: BackupInput) {
  return Effect.gen(function* () {
    const bar = recordsProgress(context, say(context.language, "progress.backingUp", { file: input.file }));
    let written = 0;
    const { exportStore } = yield* Effect.promise(() => import("@remit/export/formats"));
    const output = yield* exportStore("jsonl", ENTITY_KINDS, {}, { onRecord: () => bar.update((written += 1)) });
    yield* writeOutput(input.file, output, { binary: false, format: "JSONL" }).pipe(
      Effect.ensuring(Effect.sync(() => bar.finish())),
    );
    yield* printResult(context, { store: context.store.shown, file: input.file, format: "jsonl", records: written }, [
      say(context.language, "outcome.backedUpRecords", {
        store: context.store.shown,
        file: input.file,
        records: written,
      }),
    ]);
  });
}

/**
 * `remit db backup FILE`: a copy of the store, written atomically (a temporary file renamed
 * when complete). SQLite: the database file itself, by SQLite's online backup. PostgreSQL:
 * every record as JSON Lines (`{"kind", "record"}` per line). An existing FILE is a conflict
 * (exit 4) unless --force.
 */
export const backupHandler = (input: BackupInput) =>
  handle((context) =>
    Effect.gen(function* () {
      if (input.file.trim() === "") return yield* Effect.fail(usageError("db backup needs a file name"));
      yield* refuseExisting(input.file, input.force);
      if (context.store.kind === "sqlite") return yield* backupSqlite(context, context.store.path, input);
      return yield* backupRecords(context, input).pipe(Effect.provide(storeLayer(context.store, { create: false })));
    }),
  );
