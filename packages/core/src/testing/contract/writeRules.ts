import { Result } from "effect";
import { describe, expect, it } from "vitest";
import type { StoreShape } from "../../store/Store";
import type { AuditEntry } from "../../store/Stored";
import { fails, outcome, succeeds, type StoreHarness } from "./StoreHarness";
import { sampleRecord, versionsOf } from "./sampleRecords";

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

async function trail(store: StoreShape, id: string): Promise<readonly AuditEntry[]> {
  return succeeds(store.history("mandate", id));
}

/** Revisions, optimistic concurrency, removal, the audit trail and concurrent writers. */
export function writeRules(harness: StoreHarness): void {
  const { withStore, testOptions } = harness;

  describe("writing records", () => {
    it("a new mandate is stored at revision 1, stamped with when and by whom", testOptions, () =>
      withStore(async (store) => {
        const mandate = sampleRecord("mandate", "a-res-74-173");
        const stored = await succeeds(store.put("mandate", mandate, { actor: "editor" }));
        expect(stored).toMatchObject({ kind: "mandate", revision: 1, updatedBy: "editor" });
        expect(stored.record).toEqual(mandate);
        expect(stored.createdAt).toMatch(ISO_TIMESTAMP);
        expect(stored.updatedAt).toBe(stored.createdAt);
        expect(await succeeds(store.get("mandate", "a-res-74-173"))).toEqual(stored);
      }),
    );

    it("a change makes the next revision and keeps the creation time", testOptions, () =>
      withStore(async (store) => {
        const [first, second] = versionsOf("mandate", "a-res-74-173", 2);
        const created = await succeeds(store.put("mandate", first!, { actor: "editor" }));
        const changed = await succeeds(store.put("mandate", second!, { actor: "reviewer", expectedRevision: 1 }));
        expect(changed).toMatchObject({ revision: 2, updatedBy: "reviewer", createdAt: created.createdAt });
        expect(Date.parse(changed.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.updatedAt));
        expect((await succeeds(store.get("mandate", "a-res-74-173"))).record).toEqual(second);
      }),
    );

    it("a put that changes nothing keeps the revision and adds no audit entry", testOptions, () =>
      withStore(async (store) => {
        const mandate = sampleRecord("mandate", "a-res-74-173");
        const created = await succeeds(store.put("mandate", mandate, { actor: "editor" }));
        const again = await succeeds(
          store.put("mandate", structuredClone(mandate), { actor: "someone-else", expectedRevision: 1 }),
        );
        expect(again).toEqual(created);
        expect(await trail(store, "a-res-74-173")).toHaveLength(1);
      }),
    );

    it("a write with a stale revision is refused and changes nothing", testOptions, () =>
      withStore(async (store) => {
        const [first, second, third] = versionsOf("mandate", "a-res-74-173", 3);
        await succeeds(store.put("mandate", first!, { actor: "editor" }));
        const current = await succeeds(store.put("mandate", second!, { actor: "editor", expectedRevision: 1 }));
        const error = await fails(store.put("mandate", third!, { actor: "late-reader", expectedRevision: 1 }));
        expect(error).toMatchObject({
          _tag: "RevisionConflict",
          kind: "mandate",
          id: "a-res-74-173",
          expected: 1,
          actual: 2,
        });
        expect(error.message).toContain("a-res-74-173");
        expect(await succeeds(store.get("mandate", "a-res-74-173"))).toEqual(current);
        expect(await trail(store, "a-res-74-173")).toHaveLength(2);
      }),
    );

    it('creating with expectedRevision "absent" is refused when the record exists', testOptions, () =>
      withStore(async (store) => {
        const [first, second] = versionsOf("mandate", "a-res-74-173", 2);
        const created = await succeeds(store.put("mandate", first!, { actor: "editor", expectedRevision: "absent" }));
        expect(created.revision).toBe(1);
        const error = await fails(store.put("mandate", second!, { actor: "editor", expectedRevision: "absent" }));
        expect(error).toMatchObject({ _tag: "RevisionConflict", expected: "absent", actual: 1 });
        expect((await succeeds(store.get("mandate", "a-res-74-173"))).record).toEqual(first);
      }),
    );

    it("expecting a revision of a record that does not exist is a conflict", testOptions, () =>
      withStore(async (store) => {
        const error = await fails(
          store.put("mandate", sampleRecord("mandate", "a-res-74-174"), { actor: "editor", expectedRevision: 3 }),
        );
        expect(error).toMatchObject({ _tag: "RevisionConflict", expected: 3, actual: "absent" });
        expect(await fails(store.get("mandate", "a-res-74-174"))).toMatchObject({ _tag: "NotFound" });
      }),
    );

    it("reading an id that was never stored is NotFound, naming kind and id", testOptions, () =>
      withStore(async (store) => {
        const error = await fails(store.get("session", "ccpcj-99"));
        expect(error).toMatchObject({ _tag: "NotFound", kind: "session", id: "ccpcj-99" });
        expect(error.message).toContain("ccpcj-99");
      }),
    );

    it("the same id in two kinds names two different records", testOptions, () =>
      withStore(async (store) => {
        await succeeds(store.put("body", sampleRecord("body", "shared-id"), { actor: "editor" }));
        expect(await fails(store.get("session", "shared-id"))).toMatchObject({ _tag: "NotFound" });
        const session = sampleRecord("session", "shared-id");
        expect(
          (await succeeds(store.put("session", session, { actor: "editor", expectedRevision: "absent" }))).revision,
        ).toBe(1);
      }),
    );

    it("changing an object that was read does not change the stored record", testOptions, () =>
      withStore(async (store) => {
        const mandate = sampleRecord("mandate", "a-res-74-173");
        const written = await succeeds(store.put("mandate", mandate, { actor: "editor" }));
        (written.record as { id: string }).id = "mutated";
        (mandate as { id: string }).id = "mutated-too";
        const read = await succeeds(store.get("mandate", "a-res-74-173"));
        (read.record as { id: string }).id = "mutated-again";
        expect((await succeeds(store.get("mandate", "a-res-74-173"))).record.id).toBe("a-res-74-173");
      }),
    );
  });

  describe("removing records", () => {
    it("a removed record is gone, and removing it again is NotFound", testOptions, () =>
      withStore(async (store) => {
        await succeeds(store.put("mandate", sampleRecord("mandate", "a-res-74-173"), { actor: "editor" }));
        await succeeds(store.remove("mandate", "a-res-74-173", { actor: "editor", expectedRevision: 1 }));
        expect(await fails(store.get("mandate", "a-res-74-173"))).toMatchObject({ _tag: "NotFound" });
        expect(await fails(store.remove("mandate", "a-res-74-173", { actor: "editor" }))).toMatchObject({
          _tag: "NotFound",
          kind: "mandate",
          id: "a-res-74-173",
        });
      }),
    );

    it("a removal with a stale revision is refused and keeps the record", testOptions, () =>
      withStore(async (store) => {
        const [first, second] = versionsOf("mandate", "a-res-74-173", 2);
        await succeeds(store.put("mandate", first!, { actor: "editor" }));
        await succeeds(store.put("mandate", second!, { actor: "editor" }));
        const error = await fails(store.remove("mandate", "a-res-74-173", { actor: "editor", expectedRevision: 1 }));
        expect(error).toMatchObject({ _tag: "RevisionConflict", expected: 1, actual: 2 });
        const absent = await fails(
          store.remove("mandate", "a-res-74-173", { actor: "editor", expectedRevision: "absent" }),
        );
        expect(absent).toMatchObject({ _tag: "RevisionConflict", expected: "absent", actual: 2 });
        expect((await succeeds(store.get("mandate", "a-res-74-173"))).record).toEqual(second);
      }),
    );

    it("a record created again after removal continues its revision count", testOptions, () =>
      withStore(async (store) => {
        const [first, second] = versionsOf("mandate", "a-res-74-173", 2);
        await succeeds(store.put("mandate", first!, { actor: "editor" }));
        await succeeds(store.remove("mandate", "a-res-74-173", { actor: "editor" }));
        // A writer who read revision 1 before the removal must not overwrite the new record.
        const error = await fails(store.put("mandate", second!, { actor: "late-reader", expectedRevision: 1 }));
        expect(error).toMatchObject({ _tag: "RevisionConflict", expected: 1, actual: "absent" });
        const again = await succeeds(store.put("mandate", second!, { actor: "editor", expectedRevision: "absent" }));
        expect(again.revision).toBe(3);
        expect((await trail(store, "a-res-74-173")).map((entry) => [entry.action, entry.revision])).toEqual([
          ["create", 1],
          ["delete", 2],
          ["create", 3],
        ]);
      }),
    );
  });

  describe("the audit trail", () => {
    it("tells who created, changed and removed a record, oldest first", testOptions, () =>
      withStore(async (store) => {
        const [first, second] = versionsOf("mandate", "a-res-74-173", 2);
        await succeeds(store.put("mandate", first!, { actor: "alice" }));
        await succeeds(store.put("mandate", second!, { actor: "bob" }));
        await succeeds(store.put("mandate", second!, { actor: "carol" }));
        await succeeds(store.remove("mandate", "a-res-74-173", { actor: "dave" }));
        const entries = await trail(store, "a-res-74-173");
        expect(entries.map(({ kind, id, revision, action, actor }) => ({ kind, id, revision, action, actor }))).toEqual(
          [
            { kind: "mandate", id: "a-res-74-173", revision: 1, action: "create", actor: "alice" },
            { kind: "mandate", id: "a-res-74-173", revision: 2, action: "update", actor: "bob" },
            { kind: "mandate", id: "a-res-74-173", revision: 3, action: "delete", actor: "dave" },
          ],
        );
        const times = entries.map((entry) => entry.at);
        times.forEach((at) => expect(at).toMatch(ISO_TIMESTAMP));
        expect([...times].sort((a, b) => Date.parse(a) - Date.parse(b))).toEqual(times);
      }),
    );

    it("is empty for a record that never existed, and separate per record", testOptions, () =>
      withStore(async (store) => {
        await succeeds(store.put("mandate", sampleRecord("mandate", "a-res-74-173"), { actor: "alice" }));
        expect(await trail(store, "a-res-74-174")).toEqual([]);
        expect(await succeeds(store.history("body", "a-res-74-173"))).toEqual([]);
      }),
    );
  });

  describe("concurrent writers", () => {
    it("of two writers holding the same revision, exactly one wins", testOptions, () =>
      withStore(async (store) => {
        const [first, mine, theirs] = versionsOf("mandate", "a-res-74-173", 3);
        await succeeds(store.put("mandate", first!, { actor: "editor" }));
        const outcomes = await Promise.all([
          outcome(store.put("mandate", mine!, { actor: "me", expectedRevision: 1 })),
          outcome(store.put("mandate", theirs!, { actor: "them", expectedRevision: 1 })),
        ]);
        const winners = outcomes.filter(Result.isSuccess);
        const losers = outcomes.filter(Result.isFailure);
        expect(winners).toHaveLength(1);
        expect(losers).toHaveLength(1);
        expect(losers[0]!.failure).toMatchObject({ _tag: "RevisionConflict", expected: 1, actual: 2 });
        const stored = await succeeds(store.get("mandate", "a-res-74-173"));
        expect(stored).toEqual(winners[0]!.success);
        expect(stored.revision).toBe(2);
        expect(await trail(store, "a-res-74-173")).toHaveLength(2);
      }),
    );
  });
}
