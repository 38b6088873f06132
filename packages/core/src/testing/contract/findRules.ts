import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EntityOf } from "../../store/EntityKind";
import { FILTERABLE_KINDS, matchesFilter, type FilterableKind, type FilterOf } from "../../store/RecordFilter";
import type { StoreShape } from "../../store/Store";
import { ARBITRARY_FILTERS, FILTERED_RECORDS } from "./arbitraryRecordFilters";
import { sampleRecord, sampleRecords } from "./sampleRecords";
import { allPages, fails, succeeds, type StoreHarness } from "./StoreHarness";

const PAGE = 3;

async function found<K extends FilterableKind>(
  store: StoreShape,
  kind: K,
  filter: FilterOf<K>,
  limit = PAGE,
): Promise<string[]> {
  const pages = await allPages(
    (cursor) => store.find(kind, filter, { limit, ...(cursor === undefined ? {} : { cursor }) }),
    limit,
  );
  return pages.map((stored) => stored.record.id);
}

/** `find` answers exactly what `matchesFilter` answers, for every searchable kind, by id, page by page. */
export function findRules(harness: StoreHarness): void {
  const { withStore, numRuns, seed, testOptions } = harness;

  /** The property of one kind: whatever is stored and asked, find answers as matchesFilter does. */
  function propertyOf<K extends FilterableKind>(kind: K): void {
    it(`finds exactly the ${kind} records matchesFilter accepts, in id order, for any filter`, testOptions, () =>
      withStore(async (store) => {
        const model = new Map<string, EntityOf<K>>();
        const records = FILTERED_RECORDS[kind] as fc.Arbitrary<EntityOf<K>>;
        const filters = ARBITRARY_FILTERS[kind] as fc.Arbitrary<FilterOf<K>>;
        await fc.assert(
          fc.asyncProperty(
            fc.array(records, { maxLength: 6 }),
            fc.array(filters, { minLength: 1, maxLength: 4 }),
            async (written, asked) => {
              for (const record of written) {
                await succeeds(store.put(kind, record, { actor: "property" }));
                model.set(record.id, record);
              }
              const ids = [...model.keys()].sort();
              for (const filter of asked) {
                const expected = ids.filter((id) => matchesFilter(kind, model.get(id)!, filter));
                expect(await found(store, kind, filter)).toEqual(expected);
              }
            },
          ),
          { numRuns, ...(seed === undefined ? {} : { seed }) },
        );
      }),
    );
  }

  describe("finding records of every kind by filter", () => {
    for (const kind of FILTERABLE_KINDS) propertyOf(kind);

    it("an empty filter finds every record of the kind, and no other kind's", testOptions, () =>
      withStore(async (store) => {
        const mandates = sampleRecords("mandate", 5, "mandate");
        for (const mandate of mandates) await succeeds(store.put("mandate", mandate, { actor: "editor" }));
        await succeeds(store.put("session", sampleRecord("session", "mandate-9999"), { actor: "editor" }));
        expect(await found(store, "mandate", {})).toEqual(mandates.map((mandate) => mandate.id));
      }),
    );

    it("finds activities as findActivities does, with the same cursors", testOptions, () =>
      withStore(async (store) => {
        for (const activity of sampleRecords("activity", 5, "act"))
          await succeeds(store.put("activity", activity, { actor: "editor" }));
        const first = await succeeds(store.find("activity", {}, { limit: 2 }));
        const rest = await succeeds(store.findActivities({}, { limit: 10, cursor: first.nextCursor! }));
        expect([...first.items, ...rest.items].map((stored) => stored.record.id)).toEqual(
          (await succeeds(store.findActivities({}, { limit: 10 }))).items.map((stored) => stored.record.id),
        );
      }),
    );

    it("a removed or changed record is found by what it is now", testOptions, () =>
      withStore(async (store) => {
        const [ga, ccpcj] = sampleRecords("session", 2, "session");
        await succeeds(store.put("session", { ...ga!, bodyId: "ga" }, { actor: "editor" }));
        await succeeds(store.put("session", { ...ccpcj!, bodyId: "ccpcj" }, { actor: "editor" }));
        await succeeds(store.put("session", { ...ga!, bodyId: "ccpcj" }, { actor: "editor" }));
        expect(await found(store, "session", { bodyId: "ccpcj" })).toEqual([ga!.id, ccpcj!.id]);
        expect(await found(store, "session", { bodyId: "ga" })).toEqual([]);
        await succeeds(store.remove("session", ccpcj!.id, { actor: "editor" }));
        expect(await found(store, "session", { bodyId: "ccpcj" })).toEqual([ga!.id]);
      }),
    );

    it("a cursor is refused for another kind or another filter", testOptions, () =>
      withStore(async (store) => {
        for (const mandate of sampleRecords("mandate", 5, "mandate"))
          await succeeds(store.put("mandate", mandate, { actor: "editor" }));
        const page = await succeeds(store.find("mandate", {}, { limit: 2 }));
        expect(page.nextCursor).toBeDefined();
        const cursor = page.nextCursor!;
        expect(await fails(store.find("mandate", { text: "a" }, { cursor }))).toMatchObject({ _tag: "InvalidCursor" });
        expect(await fails(store.find("session", {}, { cursor }))).toMatchObject({ _tag: "InvalidCursor" });
        expect(await fails(store.list("mandate", { cursor }))).toMatchObject({ _tag: "InvalidCursor" });
        expect((await succeeds(store.find("mandate", {}, { limit: 2, cursor }))).items).toHaveLength(2);
      }),
    );
  });
}
