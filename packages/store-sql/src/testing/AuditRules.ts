import { describe, expect, it } from "vitest";
import type { Layer } from "effect";
import type { Store } from "@remit/core";
import { activities } from "./ImportFileRules";
import { succeeds, withStore } from "./StoreAccess";

/** A clock that starts at a fixed instant and moves one minute per reading. */
function steppingClock(): () => Date {
  let minutes = 0;
  return () => new Date(Date.UTC(2021, 4, 17, 9, minutes++));
}

async function* entriesOf<T>(items: readonly T[]): AsyncIterable<T> {
  for (const item of items) yield await Promise.resolve(item);
}

/**
 * The audit trail read per record: who changed it, how and when (the store's clock),
 * through puts, removals, re-creation and imports; unchanged writes leave no entry.
 * `makeLayer(clock)` gives a new, empty store that takes its timestamps from `clock`.
 */
export function auditRules(makeLayer: (clock: () => Date) => Layer.Layer<Store, unknown>): void {
  describe("the audit trail of a record", () => {
    it("lists each change with its revision, action, actor and the store's time, oldest first", () =>
      withStore(
        () => makeLayer(steppingClock()),
        async (store) => {
          const [first, second] = activities(2);
          const id = first!.id;
          await succeeds(store.put("activity", first!, { actor: "amina" }));
          await succeeds(store.put("activity", first!, { actor: "nobody" }));
          await succeeds(
            store.put("activity", { ...first!, title: { en: "Renamed" } }, { actor: "boris", expectedRevision: 1 }),
          );
          await succeeds(store.remove("activity", id, { actor: "chen", expectedRevision: 2 }));
          await succeeds(
            store.importRecords(
              entriesOf([
                { kind: "activity" as const, record: first! },
                { kind: "activity" as const, record: second! },
              ]),
              { actor: "loader" },
            ),
          );
          await succeeds(
            store.importRecords(entriesOf([{ kind: "activity" as const, record: first! }]), { actor: "loader-again" }),
          );
          expect(await succeeds(store.history("activity", id))).toEqual([
            { kind: "activity", id, revision: 1, action: "create", actor: "amina", at: "2021-05-17T09:00:00.000Z" },
            { kind: "activity", id, revision: 2, action: "update", actor: "boris", at: "2021-05-17T09:02:00.000Z" },
            { kind: "activity", id, revision: 3, action: "delete", actor: "chen", at: "2021-05-17T09:03:00.000Z" },
            { kind: "activity", id, revision: 4, action: "create", actor: "loader", at: "2021-05-17T09:04:00.000Z" },
          ]);
          expect(await succeeds(store.get("activity", id))).toMatchObject({
            revision: 4,
            updatedBy: "loader",
            createdAt: "2021-05-17T09:04:00.000Z",
          });
          expect(
            (await succeeds(store.history("activity", second!.id))).map((entry) => [
              entry.revision,
              entry.action,
              entry.actor,
            ]),
          ).toEqual([[1, "create", "loader"]]);
          expect(await succeeds(store.history("observation", id))).toEqual([]);
        },
      ));
  });
}
