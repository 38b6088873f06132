import { describe, expect, it } from "vitest";
import { InvalidCursor, NotFound, StoreFailure, isStoreError } from "./StoreErrors";

describe("telling a store's errors by their tag", () => {
  it("recognises each store error, and the same error sent as data", () => {
    const missing = new NotFound({ kind: "mandate", id: "a-res-74-999", message: "no such mandate" });
    expect(isStoreError(missing)).toBe(true);
    expect(isStoreError(new StoreFailure({ operation: "list", message: "the database went away" }))).toBe(true);
    expect(isStoreError(new InvalidCursor({ cursor: "x", message: "not issued here" }))).toBe(true);
    expect(isStoreError(JSON.parse(JSON.stringify({ ...missing, _tag: missing._tag })))).toBe(true);
  });

  it("refuses other errors and values: a decision 18/1 finding's error, a plain Error, nothing", () => {
    expect(isStoreError({ _tag: "NoThematicDiscussion", sessionId: "ccpcj-21" })).toBe(false);
    expect(isStoreError(new Error("NotFound"))).toBe(false);
    expect(isStoreError(undefined)).toBe(false);
    expect(isStoreError("NotFound")).toBe(false);
  });
});
