import { describe, expect, it } from "vitest";
import { WrittenKeys } from "./WrittenKeys";

describe("WrittenKeys, what an import into an empty store has written", () => {
  it("always may have an activity it was told about", () => {
    const written = new WrittenKeys();
    const ids = Array.from({ length: 20_000 }, (_, index) => `act-${index}`);
    for (const id of ids) written.add("activity", id);
    expect(ids.every((id) => written.mayHave("activity", id))).toBe(true);
  });

  it("tells apart kinds and unwritten ids, but for a rare false maybe", () => {
    const written = new WrittenKeys();
    for (let index = 0; index < 20_000; index += 1) written.add("activity", `act-${index}`);
    const others = Array.from({ length: 20_000 }, (_, index) => `act-${index + 20_000}`);
    const maybes = others.filter((id) => written.mayHave("activity", id)).length;
    expect(maybes).toBeLessThan(20);
    expect(written.mayHave("observation", "act-1")).toBe(false);
  });
});
