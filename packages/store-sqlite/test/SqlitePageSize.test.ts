import { describe, expect, it } from "vitest";
import { sql } from "kysely";
import { openSqlite } from "../src/SqliteDatabase";
import { sqliteDriver } from "../src/SqliteDriver";
import { pathsRemovedAfterEach } from "./TempDatabase";

const pathNamed = pathsRemovedAfterEach();

async function pageSizeOf(path: string): Promise<number> {
  const { db } = await openSqlite(path);
  try {
    const { rows } = await sql<{ page_size: number }>`pragma page_size`.execute(db);
    return rows[0]!.page_size;
  } finally {
    await db.destroy();
  }
}

describe("the page size of a store's file", () => {
  it("is 8 KiB for a file the store creates, in WAL mode", async () => {
    const path = pathNamed("new.db");
    expect(await pageSizeOf(path)).toBe(8192);
    const file = new (sqliteDriver())(path, { readonly: true });
    try {
      expect(file.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      file.close();
    }
  });

  it("stays what it was for a file made before", async () => {
    const path = pathNamed("old.db");
    const file = new (sqliteDriver())(path);
    file.pragma("page_size = 4096");
    file.pragma("journal_mode = wal");
    file.exec("create table earlier (x)");
    file.close();
    expect(await pageSizeOf(path)).toBe(4096);
  });
});
