import { describe, expect, it } from "vitest";
import type { ImportEntry } from "../../store/ImportEntry";
import type { StoreShape } from "../../store/Store";
import { PAGE_DEFAULT_LIMIT, PAGE_MAX_LIMIT } from "../../store/Stored";
import { sampleRecords } from "./sampleRecords";
import { allPages, entriesOf, fails, succeeds, type StoreHarness } from "./StoreHarness";

/** Stores `count` bodies in a shuffled order (an import is the quick way); returns their ids in id order. */
async function storeBodies(store: StoreShape, count: number): Promise<string[]> {
  const bodies = sampleRecords("body", count, "body");
  const shuffled = bodies
    .map((record, index) => ({ record, key: (index * 7919) % count }))
    .sort((a, b) => a.key - b.key);
  const entries: ImportEntry[] = shuffled.map(({ record }) => ({ kind: "body", record }));
  await succeeds(store.importRecords(entriesOf(entries), { actor: "loader" }));
  return bodies.map((body) => body.id).sort();
}

/** Listing by cursor: every record once, in id order; clamped page sizes; foreign cursors refused. */
export function listRules(harness: StoreHarness): void {
  const { withStore, testOptions } = harness;

  describe("listing by pages", () => {
    it("following the cursors visits every record exactly once, in id order", testOptions, () =>
      withStore(async (store) => {
        const ids = await storeBodies(store, 23);
        const listed = await allPages(
          (cursor) => store.list("body", { limit: 5, ...(cursor === undefined ? {} : { cursor }) }),
          5,
        );
        expect(listed.map((stored) => stored.record.id)).toEqual(ids);
        expect(listed.every((stored) => stored.kind === "body")).toBe(true);
      }),
    );

    it("a kind with no records lists as one empty last page", testOptions, () =>
      withStore(async (store) => {
        await storeBodies(store, 3);
        expect(await succeeds(store.list("mandate"))).toEqual({ items: [] });
      }),
    );

    it("the last page carries no cursor, even when it is exactly full", testOptions, () =>
      withStore(async (store) => {
        await storeBodies(store, 10);
        const first = await succeeds(store.list("body", { limit: 5 }));
        expect(first.items).toHaveLength(5);
        const second = await succeeds(store.list("body", { limit: 5, cursor: first.nextCursor! }));
        expect(second.items).toHaveLength(5);
        expect(second.nextCursor).toBeUndefined();
      }),
    );

    it(
      `page sizes are clamped: ${PAGE_DEFAULT_LIMIT} by default, at least 1, at most ${PAGE_MAX_LIMIT}`,
      testOptions,
      () =>
        withStore(async (store) => {
          const ids = await storeBodies(store, PAGE_MAX_LIMIT + 1);
          const byDefault = await succeeds(store.list("body"));
          expect(byDefault.items.map((stored) => stored.record.id)).toEqual(ids.slice(0, PAGE_DEFAULT_LIMIT));
          expect((await succeeds(store.list("body", { limit: 0 }))).items).toHaveLength(1);
          expect((await succeeds(store.list("body", { limit: -5 }))).items).toHaveLength(1);
          expect((await succeeds(store.list("body", { limit: 2.7 }))).items).toHaveLength(2);
          const huge = await succeeds(store.list("body", { limit: 50_000 }));
          expect(huge.items).toHaveLength(PAGE_MAX_LIMIT);
          const rest = await succeeds(store.list("body", { limit: 50_000, cursor: huge.nextCursor! }));
          expect(rest.items.map((stored) => stored.record.id)).toEqual([ids.at(-1)]);
          expect(rest.nextCursor).toBeUndefined();
        }),
    );

    it("a page size may change between pages of the same query", testOptions, () =>
      withStore(async (store) => {
        const ids = await storeBodies(store, 9);
        const first = await succeeds(store.list("body", { limit: 2 }));
        const rest = await succeeds(store.list("body", { limit: 100, cursor: first.nextCursor! }));
        expect([...first.items, ...rest.items].map((stored) => stored.record.id)).toEqual(ids);
      }),
    );

    it("a cursor stays usable when records are added or its own record is removed", testOptions, () =>
      withStore(async (store) => {
        const ids = await storeBodies(store, 6);
        const first = await succeeds(store.list("body", { limit: 3 }));
        const lastSeen = first.items.at(-1)!.record.id;
        await succeeds(store.remove("body", lastSeen, { actor: "editor" }));
        const [late] = sampleRecords("body", 1, "body-late");
        await succeeds(store.put("body", late!, { actor: "editor" }));
        const rest = await allPages(
          (cursor) => store.list("body", { limit: 3, cursor: cursor ?? first.nextCursor! }),
          3,
        );
        expect(rest.map((stored) => stored.record.id)).toEqual([...ids.slice(3), late!.id].sort());
      }),
    );
  });

  describe("cursors", () => {
    it("a cursor issued for one kind is refused for another", testOptions, () =>
      withStore(async (store) => {
        await storeBodies(store, 4);
        const page = await succeeds(store.list("body", { limit: 2 }));
        const error = await fails(store.list("mandate", { cursor: page.nextCursor! }));
        expect(error).toMatchObject({ _tag: "InvalidCursor", cursor: page.nextCursor });
      }),
    );

    it("a list cursor is refused by findActivities", testOptions, () =>
      withStore(async (store) => {
        await storeBodies(store, 4);
        const page = await succeeds(store.list("body", { limit: 2 }));
        expect(await fails(store.findActivities({}, { cursor: page.nextCursor! }))).toMatchObject({
          _tag: "InvalidCursor",
        });
      }),
    );

    it("text that is no cursor at all is refused with InvalidCursor", testOptions, () =>
      withStore(async (store) => {
        await storeBodies(store, 2);
        for (const cursor of ["", "not a cursor", "eyJ2IjoxfQ", "%%%"]) {
          const error = await fails(store.list("body", { cursor }));
          expect(error._tag).toBe("InvalidCursor");
          expect(error.message.length).toBeGreaterThan(0);
        }
      }),
    );
  });
}
