import type { Mandate } from "@remit/core";
import { ARBITRARY_RECORDS } from "@remit/core/testing";
import fc from "fast-check";
import Database from "better-sqlite3";
import { Effect } from "effect";
import { afterEach, describe, expect, it } from "vitest";
import { succeeds, withStore } from "../../store-sql/test/suites/StoreAccess";
import { SqliteStore } from "../src";
import { tempFolder } from "./TempDatabase";

const folders: ReturnType<typeof tempFolder>[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) folder.remove();
});

/** Takes a migrated database back to schema version 1: no mandate lookup index, no record of version 2. */
function backToVersion1(path: string): void {
  const database = new Database(path);
  try {
    database.exec("drop index mandate_reference_by_key; drop table mandate_reference");
    database.prepare("delete from remit_migrations where version >= 2").run();
  } finally {
    database.close();
  }
}

describe("the mandate lookup index of a SQLite store", () => {
  it("is filled from the mandates already stored when a version 1 database is migrated", async () => {
    const folder = tempFolder();
    folders.push(folder);
    const path = folder.path("remit.db");
    const mandates: Mandate[] = fc
      .sample(ARBITRARY_RECORDS.mandate, { numRuns: 3, seed: 74 })
      .map((mandate, index) => ({
        ...mandate,
        id: `m-000${index}`,
        kind: "resolution",
        adoptingBodyId: "ga",
        symbol: `A/RES/74/${173 + index}`,
        lineage: [],
      }));
    await withStore(
      () => SqliteStore.layer({ path }),
      async (store) => {
        for (const mandate of mandates) await succeeds(store.put("mandate", mandate, { actor: "editor" }));
      },
    );
    backToVersion1(path);

    const report = await Effect.runPromise(SqliteStore.migrate(path));
    expect(report.applied).toEqual([{ version: 2, name: "mandate-reference-index" }]);
    const found = await withStore(
      () => SqliteStore.layer({ path }),
      (store) => succeeds(store.findMandate("General Assembly resolution 74/174")),
    );
    expect(found.record.id).toBe("m-0001");
  });
});
