import { describe, expect, it } from "vitest";
import { schemaStateOf } from "./StoreStatus";

describe("where a store's schema stands", () => {
  it("is behind below the latest version, current at it and ahead above it", () => {
    expect(schemaStateOf(0, 10)).toBe("behind");
    expect(schemaStateOf(9, 10)).toBe("behind");
    expect(schemaStateOf(10, 10)).toBe("current");
    expect(schemaStateOf(11, 10)).toBe("ahead");
  });
});
