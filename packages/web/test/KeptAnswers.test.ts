import { Store, type Stored } from "@remit/core";
import { Effect } from "effect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AnswerMemo } from "../src/http/AnswerMemo";
import { BACKENDS, startApi, type TestApi } from "./ApiHarness";

interface PageOfActivities {
  readonly items: readonly Stored<"activity">[];
}

describe.each(BACKENDS)("answers kept until the store changes, on %s", (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(backend, { publicReads: true });
  });
  afterAll(async () => api?.stop());

  const page = async () => {
    const response = await api.call("/activities?limit=2");
    expect(response.status).toBe(200);
    return { etag: response.headers.get("etag"), body: (await response.json()) as PageOfActivities };
  };

  it("a page asked for again is the same until a write through the API changes it", async () => {
    const first = await page();
    expect(await page()).toEqual(first);
    const activity = first.body.items[0]!;
    const patched = await api.call(`/activities/${activity.record.id}`, {
      method: "PATCH",
      role: "editor",
      headers: { "content-type": "application/merge-patch+json", "if-match": `"${activity.revision}"` },
      body: JSON.stringify({ summary: { ...activity.record.summary, en: "Changed through the API" } }),
    });
    expect(patched.status).toBe(200);
    const after = await page();
    expect(after.etag).not.toBe(first.etag);
    expect(after.body.items[0]).toMatchObject({ revision: activity.revision + 1 });
    expect(after.body.items[0]!.record.summary?.en).toBe("Changed through the API");
  });

  it("a write by another process on the same store is seen at once", async () => {
    const before = await page();
    const activity = before.body.items[1]!;
    await api.outside(
      Effect.gen(function* () {
        const store = yield* Store;
        yield* store.put(
          "activity",
          { ...activity.record, summary: { ...activity.record.summary, en: "Changed by another process" } },
          { actor: "other process", expectedRevision: activity.revision },
        );
      }),
    );
    const after = await page();
    expect(after.body.items[1]).toMatchObject({ revision: activity.revision + 1, updatedBy: "other process" });
    expect(after.etag).not.toBe(before.etag);
  });
});

const bytes = (text: string) => new TextEncoder().encode(text);

describe("the memo of answers", () => {
  it("serves an answer only at the generation it was computed at", () => {
    const memo = new AnswerMemo({ entries: 10, bytes: 1000 });
    memo.set("/activities", 3, bytes("[1]"), 'W/"a"');
    expect(memo.get("/activities", 3)).toMatchObject({ generation: 3, bytes: bytes("[1]"), etag: 'W/"a"' });
    expect(memo.get("/activities", 4)).toBeUndefined();
    expect(memo.get("/activities", 3)).toBeUndefined(); // a stale answer is dropped, not kept for later
  });

  it("counts an answer's compressed copies in its size, and drops them with it", () => {
    const memo = new AnswerMemo({ entries: 10, bytes: 100 });
    const page = memo.set("/a", 1, bytes("a".repeat(20)), "1")!;
    memo.keepEncoded("/a", page, "gzip", bytes("g".repeat(20)));
    memo.set("/b", 1, bytes("b".repeat(20)), "2");
    memo.set("/c", 1, bytes("c".repeat(20)), "3");
    // 20 + 20 (gzip) + 20 + 20 = 80 bytes: the next 20 fill it, the one after pushes "/a" out.
    memo.set("/d", 1, bytes("d".repeat(20)), "4");
    expect(memo.get("/a", 1)?.encoded.get("gzip")).toEqual(bytes("g".repeat(20)));
    memo.set("/e", 1, bytes("e".repeat(20)), "5");
    expect(memo.get("/b", 1)).toBeUndefined();
    expect(memo.size).toBe(4);
  });

  it("does not keep a compressed copy of an answer a write has already made stale", () => {
    const memo = new AnswerMemo({ entries: 10, bytes: 1000 });
    const stale = memo.set("/a", 1, bytes("[1]"), "1")!;
    memo.set("/a", 2, bytes("[2]"), "2");
    memo.keepEncoded("/a", stale, "gzip", bytes("old"));
    expect(memo.get("/a", 2)?.encoded.size).toBe(0);
  });

  it("lets the least recently used answers go past its limits", () => {
    const memo = new AnswerMemo({ entries: 2, bytes: 1000 });
    memo.set("/a", 1, bytes("a"), "1");
    memo.set("/b", 1, bytes("b"), "2");
    memo.get("/a", 1);
    memo.set("/c", 1, bytes("c"), "3");
    expect(memo.get("/b", 1)).toBeUndefined();
    expect(memo.get("/a", 1)?.etag).toBe("1");
    expect(memo.get("/c", 1)?.etag).toBe("3");
    const small = new AnswerMemo({ entries: 10, bytes: 40 });
    small.set("/x", 1, bytes("x".repeat(10)), "1");
    small.set("/y", 1, bytes("y".repeat(10)), "2");
    small.set("/z", 1, bytes("z".repeat(30)), "3"); // more than a quarter of the limit: not kept
    expect(small.size).toBe(2);
    small.set("/w", 1, bytes("w".repeat(10)), "4");
    small.set("/v", 1, bytes("v".repeat(10)), "5");
    expect(small.size).toBe(4);
    small.set("/u", 1, bytes("u".repeat(10)), "6");
    expect(small.get("/x", 1)).toBeUndefined();
    expect(small.size).toBe(4);
  });
});
