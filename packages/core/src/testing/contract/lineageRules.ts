import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineageMandatesIn, referenceKey, type LineageEdge, type Mandate } from "../../mandate";
import { ARBITRARY_RECORDS } from "./sampleRecords";
import { succeeds, type StoreHarness } from "./StoreHarness";

const IDS = ["m-a", "m-b", "m-c", "m-d", "m-e", "m-f"] as const;
/** Few symbols, so that two mandates sometimes hold one and a reference must pick between them. */
const SYMBOLS = ["A/RES/70/1", "A/RES/70/2", "A/RES/70/3", "GA resolution 70/4"] as const;

const arbitraryTarget: fc.Arbitrary<LineageEdge["target"]> = fc.oneof(
  fc.constantFrom(...IDS, "m-not-stored").map((mandateId) => ({ mandateId })),
  fc.constantFrom(...SYMBOLS, "A/RES/70/9").map((reference) => ({ reference })),
);

/** Mandates of a small registry whose lineage edges name each other by id or by symbol, in cycles too. */
const arbitraryRegistry: fc.Arbitrary<Mandate[]> = fc
  .uniqueArray(fc.constantFrom(...IDS), { minLength: 1, maxLength: IDS.length })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc
          .record({
            base: ARBITRARY_RECORDS.mandate,
            symbol: fc.constantFrom(...SYMBOLS),
            targets: fc.array(arbitraryTarget, { maxLength: 3 }),
          })
          .map(({ base, symbol, targets }): Mandate => {
            const own = referenceKey(symbol);
            const lineage = targets
              .filter((target) =>
                "mandateId" in target ? target.mandateId !== id : referenceKey(target.reference) !== own,
              )
              .map((target): LineageEdge => ({ relation: "builds-on", target, provenance: [] }));
            return { ...base, id, symbol, lineage };
          }),
      ),
    ),
  );

/** lineageMandates answers what core's `lineageMandatesIn` answers over every stored mandate. */
export function lineageRules(harness: StoreHarness): void {
  const { withStore, numRuns, seed, testOptions } = harness;

  describe("reading a mandate's lineage", () => {
    it("gives the mandates lineageMandatesIn gives, both ways, for any registry", testOptions, () =>
      withStore(async (store) => {
        const stored = new Map<string, Mandate>();
        await fc.assert(
          fc.asyncProperty(arbitraryRegistry, async (mandates) => {
            for (const mandate of mandates) {
              // The model holds what the store holds (symbols in canonical form).
              const written = await succeeds(store.put("mandate", mandate, { actor: "property" }));
              stored.set(mandate.id, written.record);
            }
            for (const id of [...IDS, "m-not-stored"]) {
              const expected = lineageMandatesIn([...stored.values()], id).map((mandate) => mandate.id);
              const answer = await succeeds(store.lineageMandates(id));
              expect(answer.map((entry) => entry.record.id)).toEqual(expected);
              expect(answer.map((entry) => entry.record)).toEqual(expected.map((found) => stored.get(found)));
            }
          }),
          { numRuns, ...(seed === undefined ? {} : { seed }) },
        );
      }),
    );
  });
}
