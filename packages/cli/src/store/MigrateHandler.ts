import type { MigrationReport } from "@remit/store-sqlite";
import { Effect } from "effect";
import { handle } from "../command/Handle";
import type { CliContext } from "../command/CliContext";
import { say } from "../messages/CliMessage";
import { printResult } from "../output/PrintResult";
import type { UiLanguage } from "../output/UiLanguage";
import type { StoreLocation } from "./StoreLocation";

/** What `remit init` and `remit db migrate` print with --json. */
export interface MigrationOutput {
  readonly store: string;
  readonly backend: "sqlite" | "postgres";
  /** True when the store did not exist before (schema version 0). */
  readonly created: boolean;
  readonly from: number;
  readonly to: number;
  readonly applied: readonly { readonly version: number; readonly name: string }[];
}

/** Creates or upgrades the store's schema; the store packages are loaded only here. */
export function migrateStore(location: StoreLocation) {
  return Effect.gen(function* () {
    if (location.kind === "sqlite") {
      const { SqliteStore } = yield* Effect.promise(() => import("@remit/store-sqlite"));
      return yield* SqliteStore.migrate(location.path);
    }
    const { PostgresStore } = yield* Effect.promise(() => import("@remit/store-postgres"));
    return yield* PostgresStore.migrate({
      url: location.url,
      ...(location.schema === undefined ? {} : { schema: location.schema }),
    });
  });
}

/** The sentence for a migration: created, upgraded, or already current. */
export function describeMigration(location: StoreLocation, report: MigrationReport, language: UiLanguage): string {
  const backend = location.kind === "sqlite" ? "SQLite" : "PostgreSQL";
  const store = location.shown;
  if (report.from === 0) return say(language, "outcome.created", { backend, store, version: report.to });
  if (report.applied.length === 0) return say(language, "outcome.upToDate", { backend, store, version: report.to });
  const migrations = report.applied.map((migration) => `${migration.version} ${migration.name}`).join(", ");
  return say(language, "outcome.migrated", { backend, store, from: report.from, to: report.to, migrations });
}

function printMigration(context: CliContext, report: MigrationReport) {
  const output: MigrationOutput = {
    store: context.store.shown,
    backend: context.store.kind,
    created: report.from === 0,
    from: report.from,
    to: report.to,
    applied: report.applied,
  };
  return printResult(context, output, [describeMigration(context.store, report, context.language)]);
}

/**
 * `remit init` and `remit db migrate`: create the store when it does not exist, else bring
 * its schema to this version of Remit. Safe to run again: an up-to-date store is left as is.
 */
export const migrateHandler = () =>
  handle((context) => migrateStore(context.store).pipe(Effect.flatMap((report) => printMigration(context, report))));
