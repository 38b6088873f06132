import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENTITY_KINDS, type EntityOf } from "../../store/EntityKind";
import { ARBITRARY_RECORDS, sampleRecord } from "./sampleRecords";
import { fails, succeeds, type StoreHarness } from "./StoreHarness";

/** Every kind round-trips through the store, and an invalid record is refused with all its problems. */
export function recordRules(harness: StoreHarness): void {
  const { withStore, numRuns, seed, testOptions } = harness;

  describe("round trips", () => {
    for (const kind of ENTITY_KINDS) {
      it(`any valid ${kind} reads back exactly as it was written`, testOptions, () =>
        withStore(async (store) => {
          await fc.assert(
            fc.asyncProperty(ARBITRARY_RECORDS[kind], async (record) => {
              const stored = await succeeds(store.put(kind, record, { actor: "property" }));
              const read = await succeeds(store.get(kind, record.id));
              expect(read.kind).toBe(kind);
              expect(read.record).toEqual(record);
              expect(read).toEqual(stored);
            }),
            { numRuns, ...(seed === undefined ? {} : { seed }) },
          );
        }),
      );
    }
  });

  describe("validation", () => {
    for (const kind of ENTITY_KINDS) {
      it(`an invalid ${kind} is refused with every problem listed, and nothing is written`, testOptions, () =>
        withStore(async (store) => {
          const valid = sampleRecord(kind, "valid-id");
          const broken = { ...valid, id: "Not An Id!", colour: "blue", size: 3 } as unknown as EntityOf<typeof kind>;
          const error = await fails(store.put(kind, broken, { actor: "editor" }));
          expect(error._tag).toBe("InvalidRecord");
          if (error._tag !== "InvalidRecord") return;
          expect(error.kind).toBe(kind);
          const paths = error.problems.map((problem) => problem.path);
          expect(paths).toEqual(expect.arrayContaining([["id"], ["colour"], ["size"]]));
          for (const problem of error.problems) expect(problem.reason.length).toBeGreaterThan(0);
          expect(error.message).toContain(kind);
          expect((await succeeds(store.list(kind))).items).toEqual([]);
          expect(await succeeds(store.history(kind, "Not An Id!"))).toEqual([]);
        }),
      );
    }

    it("a record that is not an object at all is refused, not stored", testOptions, () =>
      withStore(async (store) => {
        const error = await fails(store.put("body", "ccpcj" as unknown as EntityOf<"body">, { actor: "editor" }));
        expect(error).toMatchObject({ _tag: "InvalidRecord", kind: "body" });
        expect((await succeeds(store.list("body"))).items).toEqual([]);
      }),
    );
  });
}
