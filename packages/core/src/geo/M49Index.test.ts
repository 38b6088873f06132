import { describe, expect, it, vi } from "vitest";

describe("the M49 look-up tables", () => {
  it("are not built by importing the geo module, only by the first look-up", async () => {
    vi.resetModules();
    const geo = await import("./index");
    const { isM49IndexBuilt } = await import("./M49Index");
    expect(isM49IndexBuilt()).toBe(false);
    expect(geo.regionName("013")).toBe("Central America");
    expect(isM49IndexBuilt()).toBe(true);
  });
});
