import { StoreFailure } from "@remit/core";
import { describe, expect, it } from "vitest";
import {
  RegionMembershipOutdated,
  SchemaNeedsMigration,
  SchemaTooNew,
  StoreNotFound,
  isStoreOpeningRefusal,
} from "../src/opening/StoreOpeningRefusal";

const where = "SQLite database at /srv/remit/ccpcj-30.db";

describe("telling a refusal to open a store by its tag", () => {
  it("recognises each refusal, and the same refusal sent as data", () => {
    const refusals = [
      new StoreNotFound({ where }),
      new SchemaTooNew({ databaseVersion: 99, libraryVersion: 15, where }),
      new SchemaNeedsMigration({ databaseVersion: 1, libraryVersion: 15, where }),
      new RegionMembershipOutdated({ where }),
    ];
    expect(refusals.map((refusal) => refusal._tag)).toEqual([
      "StoreNotFound",
      "SchemaTooNew",
      "SchemaNeedsMigration",
      "RegionMembershipOutdated",
    ]);
    for (const refusal of refusals) {
      expect(isStoreOpeningRefusal(refusal)).toBe(true);
      expect(refusal.message).toContain(where);
      const sent = JSON.parse(JSON.stringify(refusal)) as unknown;
      expect(isStoreOpeningRefusal(sent)).toBe(true);
    }
  });

  it("refuses the StoreFailure that carries one, a plain Error of the same name, and a tag without a message", () => {
    const refusal = new StoreNotFound({ where });
    expect(
      isStoreOpeningRefusal(new StoreFailure({ operation: "open", message: refusal.message, cause: refusal })),
    ).toBe(false);
    expect(isStoreOpeningRefusal(Object.assign(new Error("no store"), { name: "StoreNotFound" }))).toBe(false);
    expect(isStoreOpeningRefusal({ _tag: "StoreNotFound" })).toBe(false);
    expect(isStoreOpeningRefusal(undefined)).toBe(false);
  });

  it("says why the database answered that it has no store, when it did", () => {
    const refusal = new StoreNotFound({
      where: "PostgreSQL database postgres://db.example.org/remit (schema ccpcj)",
      reason: 'database "remit" does not exist; create the database on the server, or check the URL',
    });
    expect(refusal.message).toBe(
      "There is no Remit store in the PostgreSQL database postgres://db.example.org/remit (schema ccpcj) " +
        '(database "remit" does not exist; create the database on the server, or check the URL): nothing was created. ' +
        "Check the name, or create the store first (`remit init`, or the store's migrate).",
    );
  });
});
