import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POSTGRES_URL, sqliteBackend, type Backend } from "./Backends";
import { lines, remit } from "./RemitProcess";

// Each case is one the reliability probe found blaming the wrong thing (defect 9).
describe("a failure names what failed, and where", () => {
  let backend: Backend;
  beforeAll(async () => {
    backend = sqliteBackend();
    expect((await remit(["seed", "--db", backend.db])).code).toBe(0);
  });
  afterAll(() => backend.cleanup());

  it("a backup into a folder that does not exist names the backup file, not the store (exit 3)", async () => {
    const target = join(backend.dir, "no-such-folder", "backup.db");
    const run = await remit(["db", "backup", target, "--db", backend.db]);
    expect(run.code).toBe(3);
    expect(lines(run.stderr)).toEqual([
      `remit: cannot write ${target}: its folder does not exist; create the folder first`,
    ]);
  });

  it("a backup whose path runs through a file says so, and does not blame the store (exit 3)", async () => {
    const target = join(backend.db, "backup.db");
    const run = await remit(["db", "backup", target, "--db", backend.db]);
    expect(run.code).toBe(3);
    expect(lines(run.stderr)).toEqual([
      `remit: cannot write ${target}: a part of its path is a file, not a folder; check the path`,
    ]);
  });

  it("an export whose path runs through a file says so, without the temporary file's name (exit 3)", async () => {
    const target = join(backend.db, "out.csv");
    const run = await remit(["export", "csv", "-o", target, "--db", backend.db]);
    expect(run.code).toBe(3);
    expect(lines(run.stderr)).toEqual([
      `remit: cannot write ${target}: a part of its path is a file, not a folder; check the path`,
    ]);
    expect(run.stderr).not.toContain(".tmp");
  });

  it("an empty -o is a usage error (exit 2) that asks for a file name, and writes nothing", async () => {
    const before = readdirSync(backend.dir);
    const run = await remit(["export", "csv", "-o", "", "--db", backend.db]);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)[0]).toBe("remit: -o needs a file name (or - for stdout)");
    expect(run.stdout).toBe("");
    expect(readdirSync(backend.dir)).toEqual(before);
  });

  it("an empty backup file name is a usage error (exit 2)", async () => {
    const run = await remit(["db", "backup", "", "--db", backend.db]);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)[0]).toBe("remit: db backup needs a file name");
  });

  it("a PostgreSQL URL with sslmode=require fails on its own terms, without pg's multi-line warning", async () => {
    const run = await remit(["list", "sessions", "--db", `${POSTGRES_URL}?sslmode=require&schema=remit_ssl_probe`]);
    expect(run.code).toBe(3);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).not.toContain("SECURITY WARNING");
  });
});
