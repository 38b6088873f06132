import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Cursor, pageLimit } from "./Cursor";

describe("page cursors", () => {
  it("read back the id they were made after, for the same query", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), fc.jsonValue(), (afterId, query) => {
        const reading = Cursor.decode(Cursor.encode(afterId, query), query);
        expect(reading).toEqual({ ok: true, value: { afterId } });
      }),
    );
  });

  it("are URL-safe text, even for ids in other scripts", () => {
    const cursor = Cursor.encode("会议-ccpcj-30-é", { list: "session" });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Cursor.decode(cursor, { list: "session" })).toEqual({ ok: true, value: { afterId: "会议-ccpcj-30-é" } });
  });

  it("do not depend on the order of the query's keys", () => {
    const cursor = Cursor.encode("act-0001", { findActivities: { topics: ["darknet"], kinds: ["training"] } });
    expect(Cursor.decode(cursor, { findActivities: { kinds: ["training"], topics: ["darknet"] } }).ok).toBe(true);
  });

  it("are refused for another query", () => {
    const cursor = Cursor.encode("ccpcj-30", { list: "session" });
    const reading = Cursor.decode(cursor, { list: "mandate" });
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.error).toMatchObject({ _tag: "InvalidCursor", cursor });
    expect(reading.error.message).toContain("belongs to another query");
  });

  it("refuse text that no store issued", () => {
    for (const text of ["", "not a cursor", "%%%", "eyJ2IjoxfQ", btoa('{"v":2,"a":"x","q":"0"}')]) {
      const reading = Cursor.decode(text, { list: "body" });
      expect(reading.ok).toBe(false);
      if (!reading.ok) expect(reading.error._tag).toBe("InvalidCursor");
    }
  });
});

describe("page sizes", () => {
  it("are 50 unless asked, and clamped between 1 and 1000", () => {
    expect(pageLimit(undefined)).toBe(50);
    expect(pageLimit({})).toBe(50);
    expect(pageLimit({ limit: 20 })).toBe(20);
    expect(pageLimit({ limit: 0 })).toBe(1);
    expect(pageLimit({ limit: -4 })).toBe(1);
    expect(pageLimit({ limit: 7.9 })).toBe(7);
    expect(pageLimit({ limit: 1_000_000 })).toBe(1000);
    expect(pageLimit({ limit: Number.NaN })).toBe(50);
  });
});
