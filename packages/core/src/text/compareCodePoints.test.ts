import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareCodePoints } from "./compareCodePoints";

/** The order SQLite (BINARY) and PostgreSQL (COLLATE "C") give text: its UTF-8 bytes. */
function compareUtf8(a: string, b: string): number {
  const left = new TextEncoder().encode(a);
  const right = new TextEncoder().encode(b);
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    if (left[index] !== right[index]) return left[index]! < right[index]! ? -1 : 1;
  }
  return Math.sign(left.length - right.length);
}

describe("compareCodePoints", () => {
  it("orders any two texts as their UTF-8 bytes are ordered", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (a, b) => {
        expect(Math.sign(compareCodePoints(a, b))).toBe(compareUtf8(a, b));
      }),
    );
  });

  it("puts a character beyond U+FFFF after U+FA0E, where UTF-16 order puts it before", () => {
    expect(compareCodePoints("\u{20000}", "\uFA0E")).toBe(1);
    expect("\u{20000}" < "\uFA0E").toBe(true);
  });

  it("puts a text before the longer texts it begins", () => {
    expect(compareCodePoints("gtm", "gtm slv")).toBe(-1);
    expect(compareCodePoints("gtm", "gtm")).toBe(0);
  });
});
