import { describe, expect, it } from "vitest";
import type { StoreShape } from "../../store/Store";
import { sampleRecord, sampleRecords, versionsOf } from "./sampleRecords";
import { entriesOf, fails, succeeds, type StoreHarness } from "./StoreHarness";

/** Runs `step` and says whether the store's generation grew over it (it must never shrink). */
async function grows(store: StoreShape, step: () => Promise<unknown>): Promise<boolean> {
  const before = await succeeds(store.generation());
  await step();
  const after = await succeeds(store.generation());
  expect(after).toBeGreaterThanOrEqual(before);
  return after > before;
}

/** The store's generation: it grows with every change and only then, so answers may be kept by it. */
export function generationRules(harness: StoreHarness): void {
  const { withStore, testOptions } = harness;

  describe("the store's generation", () => {
    it("grows with every create, change, removal and import that writes", testOptions, () =>
      withStore(async (store) => {
        const [first, second] = versionsOf("mandate", "a-res-74-173", 2);
        expect(await grows(store, () => succeeds(store.put("mandate", first!, { actor: "editor" })))).toBe(true);
        expect(
          await grows(store, () => succeeds(store.put("mandate", second!, { actor: "editor", expectedRevision: 1 }))),
        ).toBe(true);
        expect(await grows(store, () => succeeds(store.remove("mandate", "a-res-74-173", { actor: "editor" })))).toBe(
          true,
        );
        const [body] = sampleRecords("body", 3, "body");
        expect(
          await grows(store, () =>
            succeeds(
              store.importRecords(
                entriesOf([{ kind: "body" as const, record: body!, file: "bodies.jsonl", line: 1 }]),
                { actor: "x" },
              ),
            ),
          ),
        ).toBe(true);
        const activity = sampleRecord("activity", "act-1");
        expect(await grows(store, () => succeeds(store.put("activity", activity, { actor: "editor" })))).toBe(true);
      }),
    );

    it(
      "stays put over reads, puts that change nothing, refused writes and imports of what is stored",
      testOptions,
      () =>
        withStore(async (store) => {
          const [first, second] = versionsOf("mandate", "a-res-74-173", 2);
          await succeeds(store.put("mandate", first!, { actor: "editor" }));
          expect(await grows(store, () => succeeds(store.get("mandate", "a-res-74-173")))).toBe(false);
          expect(await grows(store, () => succeeds(store.list("mandate")))).toBe(false);
          expect(await grows(store, () => succeeds(store.find("activity", {})))).toBe(false);
          expect(
            await grows(store, () =>
              succeeds(store.put("mandate", structuredClone(first!), { actor: "someone-else" })),
            ),
          ).toBe(false);
          expect(
            await grows(store, () => fails(store.put("mandate", second!, { actor: "late", expectedRevision: 7 }))),
          ).toBe(false);
          expect(await grows(store, () => fails(store.remove("body", "nobody", { actor: "editor" })))).toBe(false);
          const again = entriesOf([{ kind: "mandate" as const, record: structuredClone(first!) }]);
          expect(await grows(store, () => succeeds(store.importRecords(again, { actor: "x" })))).toBe(false);
        }),
    );
  });
}
