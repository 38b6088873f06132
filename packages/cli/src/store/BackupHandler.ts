import { existsSync } from "node:fs";
import { access, constants, rename, stat, unlink } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { Store, isStoreError, type ImportEntry } from "@remit/core";
import { exportKindedJsonLines, type KindedRecord } from "@remit/export/json";
import { Effect } from "effect";
import type { CliContext } from "../command/CliContext";
import { handle } from "../command/Handle";
import { conflict, ioFailure, usageError } from "../failure/CliFailure";
import { temporaryPathFor, writeFileAtomically } from "../output/AtomicFile";
import { printResult } from "../output/PrintResult";
import { recordsProgress } from "../output/RecordsProgress";
import { missingStore, storeLayer } from "./StoreLayer";
import { printSqliteCopy } from "./SqliteCopyResult";
import { recordsOf } from "./StoreRecords";
import { say } from "../messages/CliMessage";

/** The arguments of `remit db backup`. */
export interface BackupInput {
  readonly file: string;
  /** Replace the file when it exists. */
  readonly force: boolean;
}

/** Refuses to replace an existing file without --force (exit 4). */
export function refuseExisting(file: string, force: boolean) {
  return !force && existsSync(file)
    ? Effect.fail(conflict(`${file} exists; choose another file name, or pass --force to replace it`))
    : Effect.void;
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

/** SQLite's online backup into a temporary file next to the target, renamed over it when complete. */
function backupSqlite(context: CliContext, path: string, input: BackupInput) {
  return Effect.gen(function* () {
    if (!existsSync(path)) return yield* Effect.fail(missingStore(context.store));
    yield* writableFolderOf(input.file);
    const { SqliteStore } = yield* Effect.promise(() => import("@remit/store-sqlite"));
    const temporary = temporaryPathFor(input.file);
    const report = yield* SqliteStore.backup(path, temporary).pipe(
      Effect.tapError(() => Effect.promise(() => unlink(temporary).catch(() => undefined))),
    );
    yield* Effect.tryPromise({
      try: () => rename(temporary, input.file),
      catch: (cause) => ioFailure("write", input.file, cause),
    });
    yield* printSqliteCopy(context, input.file, report, "outcome.backedUpSqlite");
  });
}

/** A logical backup: every record as a JSON Lines envelope, which `remit db restore` and `remit import` read. */
function backupRecords(context: CliContext, input: BackupInput) {
  return Effect.gen(function* () {
    const store = yield* Store;
    const bar = recordsProgress(context, say(context.language, "progress.backingUp", { file: input.file }));
    let written = 0;
    // A stored record is valid for its kind, so its entry is the kinded record the writer takes.
    async function* counted(entries: AsyncIterable<ImportEntry>): AsyncGenerator<KindedRecord> {
      for await (const { kind, record } of entries) {
        bar.update((written += 1));
        yield { kind, record } as KindedRecord;
      }
    }
    yield* Effect.tryPromise({
      try: () =>
        writeFileAtomically(input.file, async (sink) => {
          for await (const chunk of exportKindedJsonLines(counted(recordsOf(store)))) await sink.write(chunk);
        }),
      // A store that fails while it is read fails the backup with its own error, not the file's.
      catch: (cause) => (isStoreError(cause) ? cause : ioFailure("write", input.file, cause)),
    }).pipe(Effect.ensuring(Effect.sync(() => bar.finish())));
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
