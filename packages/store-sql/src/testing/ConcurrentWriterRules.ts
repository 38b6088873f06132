import { Effect, Result } from "effect";
import type { Activity, StoreShape } from "@remit/core";
import { describe, expect, it } from "vitest";
import { activities } from "./ImportFileRules";
import { succeeds } from "./StoreAccess";

/** Two stores over the same database through different connections, and how to let them go. */
export interface TwoWriters {
  readonly first: StoreShape;
  readonly second: StoreShape;
  readonly release: () => Promise<void>;
}

function version(record: Activity, round: number, writer: string): Activity {
  return { ...record, title: { en: `${writer}'s version, round ${round}` } };
}

/**
 * Two writers on separate connections to one database (two SQLite connections to one file,
 * two PostgreSQL pool clients): of two writes holding the same revision exactly one wins,
 * the other gets RevisionConflict, and the stored record is the winner's, untouched.
 */
export function concurrentWriterRules(openTwo: () => Promise<TwoWriters>): void {
  const withTwo = async (body: (writers: TwoWriters) => Promise<void>) => {
    const writers = await openTwo();
    try {
      await body(writers);
    } finally {
      await writers.release();
    }
  };

  describe("two writers on separate connections", () => {
    it("holding the same revision: exactly one wins, the other gets RevisionConflict, the record is the winner's", () =>
      withTwo(async ({ first, second }) => {
        const [record] = activities(1);
        await succeeds(first.put("activity", record!, { actor: "editor" }));
        for (let round = 1; round <= 12; round += 1) {
          const revision = (await succeeds(first.get("activity", record!.id))).revision;
          const outcomes = await Promise.all([
            Effect.runPromise(
              Effect.result(
                first.put("activity", version(record!, round, "first"), { actor: "first", expectedRevision: revision }),
              ),
            ),
            Effect.runPromise(
              Effect.result(
                second.put("activity", version(record!, round, "second"), {
                  actor: "second",
                  expectedRevision: revision,
                }),
              ),
            ),
          ]);
          const winners = outcomes.filter(Result.isSuccess).map((outcome) => outcome.success);
          const losers = outcomes.filter(Result.isFailure).map((outcome) => outcome.failure);
          expect(winners).toHaveLength(1);
          expect(losers).toEqual([
            expect.objectContaining({ _tag: "RevisionConflict", expected: revision, actual: revision + 1 }),
          ]);
          for (const store of [first, second])
            expect(await succeeds(store.get("activity", record!.id))).toEqual(winners[0]);
        }
        const trail = await succeeds(second.history("activity", record!.id));
        expect(trail.map((entry) => entry.revision)).toEqual(Array.from({ length: 13 }, (_, index) => index + 1));
      }));

    it("creating the same new record at once: one creates it, the other is told it exists", () =>
      withTwo(async ({ first, second }) => {
        const [record] = activities(1);
        const outcomes = await Promise.all([
          Effect.runPromise(
            Effect.result(
              first.put("activity", version(record!, 0, "first"), { actor: "first", expectedRevision: "absent" }),
            ),
          ),
          Effect.runPromise(
            Effect.result(
              second.put("activity", version(record!, 0, "second"), { actor: "second", expectedRevision: "absent" }),
            ),
          ),
        ]);
        expect(outcomes.filter(Result.isSuccess)).toHaveLength(1);
        expect(outcomes.filter(Result.isFailure).map((outcome) => outcome.failure)).toEqual([
          expect.objectContaining({ _tag: "RevisionConflict", expected: "absent", actual: 1 }),
        ]);
      }));

    it("writers that name no revision all get through, one revision each, none lost", () =>
      withTwo(async ({ first, second }) => {
        const [record] = activities(1);
        await succeeds(first.put("activity", record!, { actor: "editor" }));
        await Promise.all(
          Array.from({ length: 10 }, (_, round) =>
            succeeds(
              (round % 2 === 0 ? first : second).put("activity", version(record!, round, `writer-${round}`), {
                actor: `writer-${round}`,
              }),
            ),
          ),
        );
        const stored = await succeeds(first.get("activity", record!.id));
        expect(stored.revision).toBe(11);
        const trail = await succeeds(first.history("activity", record!.id));
        expect(trail).toHaveLength(11);
        expect(new Set(trail.slice(1).map((entry) => entry.actor)).size).toBe(10);
      }));
  });
}
