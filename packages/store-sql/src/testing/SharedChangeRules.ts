import { concerns, type Activity } from "@remit/core";
import { followChanges } from "@remit/core/testing";
import type { Effect } from "effect";
import { describe, it } from "vitest";
import type { TwoWriters } from "./ConcurrentWriterRules";
import { activities } from "./ImportFileRules";
import { succeeds } from "./StoreAccess";

/**
 * Two handles on one database (two processes' stores, in effect): a screen following a record
 * through one hears of every change made through the other, whatever the API process it asked.
 */
export function sharedChangeRules(openTwo: () => Promise<TwoWriters>): void {
  const withTwo = async (body: (writers: TwoWriters) => Promise<void>) => {
    const writers = await openTwo();
    try {
      await body(writers);
    } finally {
      await writers.release();
    }
  };

  describe("changes across two handles on one database", () => {
    it("a write, a change and a removal through one are heard by a subscriber of the other", () =>
      withTwo(async ({ first, second }) => {
        const follower = followChanges(second);
        try {
          await follower.listening;
          const [record] = activities(1) as [Activity];
          const steps: (() => Effect.Effect<unknown, unknown>)[] = [
            () => first.put("activity", record, { actor: "first" }),
            () => first.put("activity", { ...record, title: { en: "changed" } }, { actor: "first" }),
            () => first.remove("activity", record.id, { actor: "first" }),
          ];
          for (const [revisionBefore, step] of steps.entries()) {
            await succeeds(step());
            await follower.hears((change) => concerns(change, "activity", record.id, revisionBefore));
          }
        } finally {
          await follower.stop();
        }
      }));

    it("an import through one is heard by a subscriber of the other", () =>
      withTwo(async ({ first, second }) => {
        const follower = followChanges(second);
        try {
          await follower.listening;
          await succeeds(
            first.importRecords(
              (async function* () {
                for (const record of activities(3)) yield await Promise.resolve({ kind: "activity" as const, record });
              })(),
              { actor: "importer" },
            ),
          );
          await follower.hears((change) => change._tag === "StoreChanged" || change.kind === "activity");
        } finally {
          await follower.stop();
        }
      }));
  });
}
