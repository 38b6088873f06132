import { Option } from "effect";
import { describe, expect, it } from "vitest";
import { plainInput } from "./PlainInput";

describe("a command's parsed flags as a plain object", () => {
  it("drops the flags not given and unwraps the others", () => {
    const input = plainInput({ what: "activities", country: Option.some("SLV"), topic: Option.none(), limit: 50 });
    expect(input).toEqual({ what: "activities", country: "SLV", limit: 50 });
    expect("topic" in input).toBe(false);
  });
});
