import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/** A store the end-to-end tests run against: its --db value and a scratch folder for files. */
export interface Backend {
  readonly name: "sqlite" | "postgres";
  /** The value of --db. */
  readonly db: string;
  /** A folder for the files a test writes (exports, backups, reports). */
  readonly dir: string;
  /** A --db for a second, empty store of the same backend (restore targets). */
  readonly another: () => string;
  readonly cleanup: () => Promise<void>;
}

/** The PostgreSQL server of the test machine (trust authentication), database `test`. */
export const POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/test";

function scratch(): string {
  return mkdtempSync(join(tmpdir(), "remit-cli-"));
}

/** A SQLite store in a new temporary folder (the default backend). */
export function sqliteBackend(): Backend {
  const dir = scratch();
  let count = 0;
  return {
    name: "sqlite",
    db: join(dir, "remit.db"),
    dir,
    another: () => join(dir, `another-${(count += 1)}.db`),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A PostgreSQL store in a fresh schema per run (`?schema=`), dropped with every other schema it made. */
function postgresBackend(): Backend {
  const dir = scratch();
  const prefix = `remit_cli_${randomBytes(4).toString("hex")}`;
  const schemas = [prefix];
  return {
    name: "postgres",
    db: `${POSTGRES_URL}?schema=${prefix}`,
    dir,
    another: () => {
      const schema = `${prefix}_${schemas.length}`;
      schemas.push(schema);
      return `${POSTGRES_URL}?schema=${schema}`;
    },
    cleanup: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      try {
        for (const schema of schemas) await client.query(`drop schema if exists "${schema}" cascade`);
      } finally {
        await client.end();
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Both backends, for `describe.each`: every command is tested on SQLite and on PostgreSQL. */
export const BACKENDS = [
  { name: "sqlite", make: sqliteBackend },
  { name: "postgres", make: postgresBackend },
] as const;
