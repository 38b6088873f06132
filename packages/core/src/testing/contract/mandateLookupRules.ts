import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Mandate } from "../../mandate/Mandate";
import { findMandateIn } from "../../store/MandateLookup";
import type { StoreShape } from "../../store/Store";
import { ARBITRARY_RECORDS, sampleRecord } from "./sampleRecords";
import { outcome, succeeds, fails, type StoreHarness } from "./StoreHarness";

/** A mandate with this id and symbol (or none: a declaration known by its title). */
function mandateNamed(id: string, symbol: string | undefined): Mandate {
  const { symbol: _sampled, ...rest } = sampleRecord("mandate", id);
  return symbol === undefined
    ? { ...rest, kind: "declaration", lineage: [] }
    : { ...rest, kind: "resolution", adoptingBodyId: "ga", symbol, lineage: [] };
}

/** The text in full-width forms, as East Asian input methods type it: "Ａ／ＲＥＳ／74/173". */
function fullWidth(text: string): string {
  return text.replace(/[A-Z/]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
}

/** "A/RES/74/1074" as the General Assembly cites it: "General Assembly resolution 74/1074". */
function citationOf(symbol: string): string | undefined {
  const match = /^A\/RES\/(\d+)\/(\d+)$/.exec(symbol);
  return match === null ? undefined : `General Assembly resolution ${match[1]}/${match[2]}`;
}

/** The names a person might give for the stored mandates, and some that name none. */
function namesFor(mandates: readonly Mandate[]): string[] {
  const names = ["A/RES/70/999", "no such mandate", "A/624/123", "m-absent"];
  for (const mandate of mandates) {
    names.push(mandate.id);
    if (mandate.symbol === undefined) continue;
    names.push(mandate.symbol, fullWidth(mandate.symbol));
    const citation = citationOf(mandate.symbol);
    if (citation !== undefined) names.push(citation);
  }
  return names;
}

async function lookUp(store: StoreShape, name: string): Promise<string | undefined> {
  const result = await outcome(store.findMandate(name));
  if (result._tag === "Success") return result.success.record.id;
  expect(result.failure).toMatchObject({ _tag: "NotFound", kind: "mandate", id: name });
  return undefined;
}

/** `findMandate` answers what `findMandateIn` answers: by id, then by symbol or citation through the index. */
export function mandateLookupRules(harness: StoreHarness): void {
  const { withStore, numRuns, seed, testOptions } = harness;

  describe("finding a mandate by id, symbol or citation", () => {
    it("finds 74/173 by its id, its symbol, a citation in English or Chinese, and full-width forms", testOptions, () =>
      withStore(async (store) => {
        await succeeds(store.put("mandate", mandateNamed("a-res-74-173", "A/RES/74/173"), { actor: "editor" }));
        await succeeds(
          store.put("mandate", mandateNamed("ccpcj-res-22-8", "CCPCJ resolution 22/8"), { actor: "editor" }),
        );
        for (const name of [
          "a-res-74-173",
          "A/RES/74/173",
          "GA resolution 74/173",
          "大会第74/173号决议",
          "Ａ／ＲＥＳ／74/173",
        ]) {
          expect((await succeeds(store.findMandate(name))).record.id).toBe("a-res-74-173");
        }
        expect((await succeeds(store.findMandate("Commission resolution 22/8"))).record.id).toBe("ccpcj-res-22-8");
      }),
    );

    it("says what is wrong: no mandate with that symbol here, or no symbol at all", testOptions, () =>
      withStore(async (store) => {
        await succeeds(store.put("mandate", mandateNamed("a-res-74-173", "A/RES/74/173"), { actor: "editor" }));
        const absent = await fails(store.findMandate("A/RES/70/999"));
        expect(absent).toMatchObject({ _tag: "NotFound", kind: "mandate", id: "A/RES/70/999" });
        expect(absent.message).toContain("no mandate A/RES/70/999 in this store");
        const misprint = await fails(store.findMandate("A/624/123"));
        expect(misprint.message).toContain("names no mandate");
        expect(misprint.message).toContain("624");
      }),
    );

    it("follows a mandate's symbol when it changes, and forgets a removed mandate", testOptions, () =>
      withStore(async (store) => {
        await succeeds(store.put("mandate", mandateNamed("m-1", "A/RES/74/173"), { actor: "editor" }));
        await succeeds(store.put("mandate", mandateNamed("m-1", "A/RES/74/174"), { actor: "editor" }));
        expect(await lookUp(store, "A/RES/74/173")).toBeUndefined();
        expect(await lookUp(store, "A/RES/74/174")).toBe("m-1");
        await succeeds(store.remove("mandate", "m-1", { actor: "editor" }));
        expect(await lookUp(store, "A/RES/74/174")).toBeUndefined();
        expect(await lookUp(store, "m-1")).toBeUndefined();
      }),
    );

    it("answers what findMandateIn answers over the stored mandates, for any writes and names", testOptions, () =>
      withStore(async (store) => {
        const model = new Map<string, Mandate>();
        // Ids from a small pool, so that writes replace mandates (and their symbols) and removals hit.
        const write = fc.oneof(
          fc
            .tuple(ARBITRARY_RECORDS.mandate, fc.constantFrom("m-a", "m-b", "m-c", "m-d", "m-e"))
            .map(([mandate, id]) => ({ put: { ...mandate, id } })),
          fc.constantFrom("m-a", "m-b", "m-c").map((id) => ({ remove: id })),
        );
        await fc.assert(
          fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 6 }), async (writes) => {
            for (const step of writes) {
              if ("put" in step) {
                await succeeds(store.put("mandate", step.put, { actor: "property" }));
                model.set(step.put.id, step.put);
              } else if (model.delete(step.remove)) {
                await succeeds(store.remove("mandate", step.remove, { actor: "property" }));
              }
            }
            const byId = [...model.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
            for (const name of namesFor(byId)) {
              expect(await lookUp(store, name)).toBe(findMandateIn(byId, name)?.id);
            }
          }),
          { numRuns, ...(seed === undefined ? {} : { seed }) },
        );
      }),
    );
  });
}
