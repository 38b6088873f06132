import { describe, expect, it } from "vitest";
import type { StoreChange } from "../../store/StoreChange";
import { followChanges } from "./ChangeFollower";
import { sampleRecords, versionsOf } from "./sampleRecords";
import { entriesOf, succeeds, type StoreHarness } from "./StoreHarness";

/** Whether a change names the record at that revision (a StoreChanged other than "listening" may stand for it). */
function tells(kind: string, id: string, revision: number) {
  return (change: StoreChange) =>
    change._tag === "RecordChanged"
      ? change.kind === kind && change.id === id && change.revision === revision
      : change.reason !== "listening";
}

/** The store's changes: a screen following a record hears of every change to it. */
export function changeRules(harness: StoreHarness): void {
  const { withStore, testOptions } = harness;

  describe("the store's changes", () => {
    it("start with listening, then tell of every create, change and removal with its revision", testOptions, () =>
      withStore(async (store) => {
        const follower = followChanges(store);
        try {
          await follower.listening;
          expect(follower.heard[0]).toEqual({ _tag: "StoreChanged", reason: "listening" });
          const [first, second] = versionsOf("mandate", "a-res-74-173", 2);
          await succeeds(store.put("mandate", first!, { actor: "editor" }));
          await follower.hears(tells("mandate", "a-res-74-173", 1));
          await succeeds(store.put("mandate", second!, { actor: "editor", expectedRevision: 1 }));
          await follower.hears(tells("mandate", "a-res-74-173", 2));
          await succeeds(store.remove("mandate", "a-res-74-173", { actor: "editor" }));
          await follower.hears(tells("mandate", "a-res-74-173", 3));
        } finally {
          await follower.stop();
        }
      }),
    );

    it("tell of an import that wrote, and every subscriber hears the same", testOptions, () =>
      withStore(async (store) => {
        const one = followChanges(store);
        const two = followChanges(store);
        try {
          await Promise.all([one.listening, two.listening]);
          const [body] = sampleRecords("body", 1, "body");
          await succeeds(store.importRecords(entriesOf([{ kind: "body" as const, record: body! }]), { actor: "x" }));
          await Promise.all([one.hears(tells("body", body!.id, 1)), two.hears(tells("body", body!.id, 1))]);
        } finally {
          await Promise.all([one.stop(), two.stop()]);
        }
      }),
    );

    it("keep telling the subscribers that stay when another one stops", testOptions, () =>
      withStore(async (store) => {
        const leaving = followChanges(store);
        await leaving.listening;
        await leaving.stop();
        const staying = followChanges(store);
        try {
          await staying.listening;
          const [body] = sampleRecords("body", 1, "body");
          await succeeds(store.put("body", body!, { actor: "editor" }));
          await staying.hears(tells("body", body!.id, 1));
          expect(leaving.heard).toHaveLength(1);
        } finally {
          await staying.stop();
        }
      }),
    );
  });
}
