import { existsSync } from "node:fs";
import type { ImportEntry, ImportReport } from "@remit/core";
import { Store, isStoreEmpty } from "@remit/core";
import { Effect } from "effect";
import type { CliContext } from "../command/CliContext";
import { handle } from "../command/Handle";
import { conflict, ioFailure } from "../failure/CliFailure";
import { entriesOfAll, openSources } from "../exchange/ImportSources";
import { printResult } from "../output/PrintResult";
import { recordsProgress } from "../output/RecordsProgress";
import { storeLayer } from "./StoreLayer";
import { printSqliteCopy } from "./SqliteCopyResult";
import { recordsOf } from "./StoreRecords";
import { cliMessage, say } from "../messages/CliMessage";

/** The arguments of `remit db restore`. */
export interface RestoreInput {
  readonly file: string;
  /** Restore even though the store holds records (SQLite: replace it; PostgreSQL: merge). */
  readonly force: boolean;
}

/** Refuses to restore over records (exit 4) unless --force: a restore replaces what is there. */
function refuseNonEmpty(context: CliContext, input: RestoreInput) {
  return Effect.gen(function* () {
    if (input.force || (context.store.kind === "sqlite" && !existsSync(context.store.path))) return;
    // A restore creates the store anyway: a PostgreSQL schema without one is made here, empty.
    const empty = yield* isStoreEmpty.pipe(Effect.provide(storeLayer(context.store, { create: true })));
    if (!empty) {
      return yield* Effect.fail(conflict(cliMessage("failure.restoreOverRecords", { store: context.store.shown })));
    }
  });
}

/** Imports entries into the store of the run, all or nothing, with a progress bar. */
function importInto(context: CliContext, entries: AsyncIterable<ImportEntry>, label: string) {
  return Effect.gen(function* () {
    const store = yield* Store;
    const bar = recordsProgress(context, label);
    const report: ImportReport = yield* store
      .importRecords(entries, {
        actor: "remit db restore",
        progressEvery: 500,
        onProgress: (progress) =>
          bar.update(
            progress.read,
            undefined,
            say(context.language, "progress.stored", { count: progress.written + progress.unchanged }),
          ),
      })
      .pipe(Effect.ensuring(Effect.sync(() => bar.finish())));
    return report;
  }).pipe(Effect.provide(storeLayer(context.store, { create: true })));
}

/** A SQLite backup into a PostgreSQL store: the backup is opened as a store and its records imported. */
function restoreSqliteIntoOther(context: CliContext, input: RestoreInput) {
  return Effect.scoped(
    Effect.gen(function* () {
      const { SqliteStore } = yield* Effect.promise(() => import("@remit/store-sqlite"));
      const source = yield* SqliteStore.make({ path: input.file });
      return yield* importInto(
        context,
        recordsOf(source),
        say(context.language, "progress.restoring", { source: input.file }),
      );
    }),
  );
}

/**
 * `remit db restore FILE`: puts a backup back. A SQLite database file restored into a SQLite
 * store replaces the file (SQLite's backup, checked to be a Remit database of a schema this
 * version knows); any other combination — a JSON Lines backup, or a SQLite backup into
 * PostgreSQL — imports the backup's records in one transaction. A store that holds records
 * is a conflict (exit 4) unless --force.
 */
export const restoreHandler = (input: RestoreInput) =>
  handle((context) =>
    Effect.gen(function* () {
      if (!existsSync(input.file)) return yield* Effect.fail(ioFailure("read", input.file, { code: "ENOENT" }));
      yield* refuseNonEmpty(context, input);
      const { isSqliteDatabaseFile } = yield* Effect.promise(() => import("@remit/store-sqlite"));
      const sqliteBackup = yield* Effect.tryPromise({
        try: () => isSqliteDatabaseFile(input.file),
        catch: (cause) => ioFailure("read", input.file, cause),
      });
      if (sqliteBackup && context.store.kind === "sqlite") {
        const { SqliteStore } = yield* Effect.promise(() => import("@remit/store-sqlite"));
        const report = yield* SqliteStore.restore(input.file, context.store.path);
        return yield* printSqliteCopy(context, input.file, report, "outcome.restoredSqlite");
      }
      const report = sqliteBackup
        ? yield* restoreSqliteIntoOther(context, input)
        : yield* Effect.gen(function* () {
            const sources = yield* openSources({ files: [input.file] });
            return yield* importInto(
              context,
              entriesOfAll(sources, { bytes: 0 }),
              say(context.language, "progress.restoring", { source: input.file }),
            );
          });
      yield* printResult(
        context,
        {
          store: context.store.shown,
          file: input.file,
          format: sqliteBackup ? "sqlite" : "records",
          read: report.read,
          written: report.written,
          unchanged: report.unchanged,
        },
        [
          say(context.language, "outcome.restoredRecords", {
            store: context.store.shown,
            file: input.file,
            read: report.read,
            written: report.written,
            unchanged: report.unchanged,
          }),
        ],
      );
    }),
  );
