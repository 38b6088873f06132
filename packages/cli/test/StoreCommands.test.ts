import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { BACKENDS, POSTGRES_URL, type Backend } from "./Backends";
import { lines, remit, remitJson } from "./RemitProcess";

interface SeedOutput {
  readonly read: number;
  readonly written: number;
  readonly unchanged: number;
  readonly rejected: number;
}
interface StatusOutput {
  readonly backend: string;
  readonly schemaVersion: number;
  readonly latestVersion: number;
  readonly records: Readonly<Record<string, number>>;
}

function total(status: StatusOutput): number {
  return Object.values(status.records).reduce((sum, value) => sum + value, 0);
}

/**
 * As root the test runs remit as nobody, who must be able to run this Node: not so when Node
 * sits in a folder only root may enter (a private temporary folder, /root/.nvm).
 */
function asRootWithPrivateNode(): boolean {
  if (process.getuid?.() !== 0) return false;
  let path = process.execPath;
  for (;;) {
    if ((statSync(path).mode & 0o001) === 0) return true;
    const parent = dirname(path);
    if (parent === path) return false;
    path = parent;
  }
}

describe.each(BACKENDS)("creating, seeding and keeping a store on $name", ({ make }) => {
  let backend: Backend;
  beforeAll(() => {
    backend = make();
  });
  afterAll(() => backend.cleanup());

  it("init creates the store, and a second init finds it up to date", async () => {
    const created = await remitJson<{ created: boolean; from: number; to: number }>(["init", "--db", backend.db]);
    expect(created.created).toBe(true);
    expect(created.from).toBe(0);
    expect(created.to).toBeGreaterThanOrEqual(1);
    const again = await remitJson<{ created: boolean; applied: unknown[] }>(["init", "--db", backend.db]);
    expect(again).toMatchObject({ created: false, applied: [] });
  });

  it("seed loads the two documents, and seeding again writes nothing", async () => {
    const first = await remitJson<SeedOutput>(["seed", "--db", backend.db]);
    expect(first.rejected).toBe(0);
    expect(first.written).toBe(first.read);
    expect(first.read).toBeGreaterThan(100);
    const second = await remitJson<SeedOutput>(["seed", "--db", backend.db]);
    expect(second).toMatchObject({ read: first.read, written: 0, unchanged: first.read, rejected: 0 });
    const human = await remit(["seed", "--db", backend.db]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain("nothing to write");
  });

  it("db status reports the schema version and the records by kind, without changing the store", async () => {
    const status = await remitJson<StatusOutput>(["db", "status", "--db", backend.db]);
    expect(status.backend).toBe(backend.name);
    expect(status.schemaVersion).toBe(status.latestVersion);
    expect(status.records.mandate).toBeGreaterThanOrEqual(20);
    expect(status.records.activity).toBeGreaterThanOrEqual(30);
  });

  it("db migrate on a current store applies nothing", async () => {
    const migrated = await remitJson<{ applied: unknown[] }>(["db", "migrate", "--db", backend.db]);
    expect(migrated.applied).toEqual([]);
  });

  it("db backup writes the store to a file, and refuses to overwrite it without --force (exit 4)", async () => {
    const file = join(backend.dir, backend.name === "sqlite" ? "backup.db" : "backup.jsonl");
    const backup = await remit(["db", "backup", file, "--db", backend.db]);
    expect(backup.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(readdirSync(backend.dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    if (backend.name === "sqlite")
      expect(readFileSync(file).subarray(0, 15).toString("latin1")).toBe("SQLite format 3");
    else expect(JSON.parse(lines(readFileSync(file, "utf8"))[0] ?? "{}")).toHaveProperty("kind", "body");
    const again = await remit(["db", "backup", file, "--db", backend.db]);
    expect(again.code).toBe(4);
    expect(lines(again.stderr)).toEqual([
      `remit: ${file} exists; choose another file name, or pass --force to replace it`,
    ]);
    expect((await remit(["db", "backup", file, "--force", "--db", backend.db])).code).toBe(0);
  });

  it("db restore puts a backup into a new store, and refuses a store that holds records (exit 4)", async () => {
    const file = join(backend.dir, backend.name === "sqlite" ? "backup.db" : "backup.jsonl");
    const target = backend.another();
    const restored = await remit(["db", "restore", file, "--db", target]);
    expect(restored.code).toBe(0);
    const before = await remitJson<StatusOutput>(["db", "status", "--db", backend.db]);
    const after = await remitJson<StatusOutput>(["db", "status", "--db", target]);
    expect(total(after)).toBe(total(before));
    const refused = await remit(["db", "restore", file, "--db", target]);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain("holds records and a restore would replace them");
    expect((await remit(["db", "restore", file, "--force", "--db", target])).code).toBe(0);
  });
});

describe("a store that is not there", () => {
  it("is a store error (exit 3) that says how to create one, and is not created by a query", async () => {
    const dir = join(process.env.TMPDIR ?? "/tmp", `remit-missing-${process.pid}`);
    const db = join(dir, "nothing-here.db");
    const run = await remit(["list", "activities", "--db", db]);
    expect(run.code).toBe(3);
    expect(lines(run.stderr)).toEqual([
      `remit: there is no Remit store at ${db}; create one with \`remit init\`, or point --db or REMIT_DB at an existing store`,
    ]);
    expect(existsSync(db)).toBe(false);
  });

  it.skipIf(!existsSync("/proc/self"))(
    "a folder that cannot be made fails at once as a store error (exit 3), not in an endless loop (needs Linux /proc)",
    async () => {
      const run = await remit(["init", "--db", "/proc/nope/x.db"]);
      expect(run.code).toBe(3);
      expect(lines(run.stderr)[0]).toMatch(/^remit: .*\/proc\/nope\/x\.db/);
    },
    20_000,
  );

  it("a PostgreSQL schema without a store is a store error (exit 3) that names it, and a query creates nothing there", async () => {
    const schema = `remit_cli_typo_${process.pid}`;
    const run = await remit(["list", "activities", "--db", `${POSTGRES_URL}?schema=${schema}`]);
    expect(run.code).toBe(3);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain(`There is no Remit store in the PostgreSQL database`);
    expect(run.stderr).toContain(`(schema ${schema})`);
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    try {
      const found = await client.query("select 1 from information_schema.schemata where schema_name = $1", [schema]);
      expect(found.rowCount).toBe(0);
    } finally {
      await client.end();
    }
  });

  it("a PostgreSQL database the server does not have is a store error (exit 3) that says so", async () => {
    const run = await remit(["list", "activities", "--db", POSTGRES_URL.replace(/\/test$/, "/remit_no_such_db")]);
    expect(run.code).toBe(3);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain('database "remit_no_such_db" does not exist');
  });

  it("an unreachable PostgreSQL server is a store error (exit 3): one line, and the detail with --verbose", async () => {
    const args = ["list", "sessions", "--db", "postgres://postgres@127.0.0.1:1/none?schema=x"];
    const run = await remit(args);
    expect(run.code).toBe(3);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/^remit: .*PostgreSQL/);
    const verbose = await remit([...args, "--verbose"]);
    expect(verbose.code).toBe(3);
    const [first, ...detail] = lines(verbose.stderr);
    expect(first).toBe(lines(run.stderr)[0]);
    expect(detail[0]).toBe("  detail:");
    expect(detail.length).toBeGreaterThan(1);
  });
});

describe("a store opened to read", () => {
  let backend: Backend;
  beforeAll(() => {
    backend = BACKENDS[0].make();
  });
  afterAll(() => backend.cleanup());

  it("is not written by a query: a store at an older schema is left as it was, with what to do (exit 3)", async () => {
    const released = join(backend.dir, "released.db");
    const fixture = join(import.meta.dirname, "..", "..", "store-sqlite", "test", "fixtures", "remit-0.1.0.db.gz");
    writeFileSync(released, gunzipSync(readFileSync(fixture)));
    const before = readFileSync(released);
    const run = await remit(["list", "activities", "--db", released]);
    expect(run.code).toBe(3);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain("is at schema version 1");
    expect(run.stderr).toContain("`remit db migrate`");
    expect(readFileSync(released).equals(before)).toBe(true);
    expect((await remit(["db", "migrate", "--db", released])).code).toBe(0);
    expect((await remit(["list", "activities", "--db", released])).code).toBe(0);
  });

  it.skipIf(asRootWithPrivateNode())(
    "a store file that cannot be written is listed (skipped as root when nobody may run this Node)",
    async () => {
      expect((await remit(["seed", "--db", backend.db])).code).toBe(0);
      chmodSync(backend.db, 0o444);
      // Root writes any file whatever its mode, so as root the command runs as nobody (uid 65534),
      // in a folder it may enter and write beside the store, as a user's own folder would be.
      const asRoot = process.getuid?.() === 0;
      if (asRoot) chmodSync(dirname(backend.db), 0o777);
      const run = await remit(["list", "sessions", "--db", backend.db], asRoot ? { uid: 65534 } : {});
      // Only the count, which a list writes beside its table: no warning, no error.
      expect(lines(run.stderr)).toEqual(["15 sessions"]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("ccpcj-20");
    },
  );
});
