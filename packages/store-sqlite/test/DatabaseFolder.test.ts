import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDatabaseFolder } from "../src/DatabaseFolder";
import { openSqlite } from "../src/SqliteDatabase";

const made: string[] = [];
afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe("the folder of a new SQLite database", () => {
  it("is created with its missing parents", () => {
    const root = mkdtempSync(join(tmpdir(), "remit-folder-"));
    made.push(root);
    createDatabaseFolder(join(root, "a", "b", "c"));
    expect(existsSync(join(root, "a", "b", "c"))).toBe(true);
  });

  it.skipIf(!existsSync("/proc/self"))(
    "that cannot be made fails at once, not in an endless loop (/proc/nope, probe defect 2; needs Linux /proc)",
    async () => {
      expect(() => createDatabaseFolder("/proc/nope/deeper")).toThrow(/ENOENT|EACCES|EPERM/);
      await expect(openSqlite("/proc/nope/x.db")).rejects.toThrow(/ENOENT|EACCES|EPERM/);
    },
    5_000,
  );
});
