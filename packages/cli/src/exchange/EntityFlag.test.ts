import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { EXIT_CODES } from "../failure/ExitCode";
import { entityFlag } from "./EntityFlag";

describe("the kind --entity names", () => {
  it("reads a kind in the singular or the plural, in any case", () => {
    expect(Effect.runSync(entityFlag("activity"))).toBe("activity");
    expect(Effect.runSync(entityFlag("Sessions"))).toBe("session");
  });

  it("is none when the flag is not given", () => {
    expect(Effect.runSync(entityFlag(undefined))).toBeUndefined();
  });

  it("refuses a word that names no kind as a usage error that lists the kinds", () => {
    const error = Effect.runSync(Effect.flip(entityFlag("invoice")));
    expect(error.exitCode).toBe(EXIT_CODES.usage);
    expect(error.message).toContain("invoice");
    expect(error.message).toContain("activity");
  });
});
