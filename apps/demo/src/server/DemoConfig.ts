import { resolve } from "node:path";
import { readPostgresLocation, type PostgresLocation } from "@remit/store-postgres/location";

/** Where the demo keeps its records: a SQLite file (the default) or a PostgreSQL database (and schema). */
export type DemoDatabase =
  { readonly kind: "sqlite"; readonly path: string } | ({ readonly kind: "postgres" } & PostgresLocation);

/** How the demo runs, from its arguments and environment. */
export interface DemoConfig {
  /** The store the dataset is loaded into and the API serves. */
  readonly database: DemoDatabase;
  /** The folder of the demo's own files (SQLite database, editor token); git-ignored. */
  readonly folder: string;
  /** The port of the site (0 picks a free one). */
  readonly port: number;
  /** The built single-page app the site serves. */
  readonly webRoot: string;
}

/** A command-line mistake, said the way a person can fix it. */
class DemoUsageError extends Error {
  readonly _tag = "DemoUsageError";
}

const HELP_FLAGS = new Set(["--db", "--port"]);

/**
 * Reads `--db PATH|postgres://…`, `--port N` and REMIT_DEMO_DB / PORT. The SQLite file
 * defaults to `.remit-demo/remit.db` under the working directory, which git ignores.
 */
export function readDemoConfig(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  webRoot: string,
): DemoConfig {
  for (const [index, arg] of argv.entries()) {
    if (arg.startsWith("--") && !HELP_FLAGS.has(arg))
      throw new DemoUsageError(`${arg}: unknown option; the demo takes --db PATH|postgres://… and --port N`);
    if (HELP_FLAGS.has(arg) && (argv[index + 1] === undefined || argv[index + 1]?.startsWith("--")))
      throw new DemoUsageError(`${arg} needs a value`);
  }
  const valueOf = (flag: string): string | undefined => {
    const index = argv.indexOf(flag);
    return index === -1 ? undefined : argv[index + 1];
  };
  const portText = valueOf("--port") ?? env["PORT"] ?? "4321";
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535)
    throw new DemoUsageError(`--port ${portText}: expected a port number from 0 to 65535`);
  const folder = resolve(".remit-demo");
  const db = valueOf("--db") ?? env["REMIT_DEMO_DB"];
  if (db === undefined || !/^postgres(ql)?:\/\//.test(db))
    return { database: { kind: "sqlite", path: resolve(db ?? resolve(folder, "remit.db")) }, folder, port, webRoot };
  // The URL is read as `remit --db` reads it: its `schema` parameter names the schema.
  const location = readPostgresLocation(db);
  if (!location.ok) throw new DemoUsageError(`--db: ${location.error.message}`);
  return { database: { kind: "postgres", ...location.value }, folder, port, webRoot };
}

/** The database as a person reads it, the password left out. */
export function shownDatabase(database: DemoDatabase): string {
  return database.kind === "sqlite" ? database.path : database.shown;
}
