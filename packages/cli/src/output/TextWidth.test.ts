import { describe, expect, it } from "vitest";
import { displayWidth, padToWidth, singleLine, truncateToWidth } from "./TextWidth";

describe("the width of text on a terminal", () => {
  it("counts a Chinese title two columns a character", () => {
    expect(displayWidth("讨论指南")).toBe(8);
    expect(displayWidth("CCPCJ 第30届")).toBe(12);
  });

  it("counts a flag, two regional letters, as one wide character", () => {
    expect(displayWidth("🇫🇷 France")).toBe(9);
  });

  it("counts an accented letter written with a combining mark as one column", () => {
    expect(displayWidth("Re\u0301sume\u0301")).toBe(6);
  });

  it("counts Arabic letters one column each and keeps them in their logical order", () => {
    const title = "تدريب المدربين";
    expect(displayWidth(title)).toBe(title.length);
    expect(padToWidth(title, 20).startsWith(title)).toBe(true);
  });

  it("cuts a long title at a whole character and marks the cut", () => {
    expect(truncateToWidth("Protecting children in a digital age", 12)).toBe("Protecting …");
    const cut = truncateToWidth("促进技术援助和能力建设", 7);
    expect(cut).toBe("促进技…");
    expect(displayWidth(cut)).toBeLessThanOrEqual(7);
  });

  it("leaves text that fits as it is", () => {
    expect(truncateToWidth("ccpcj-30", 8)).toBe("ccpcj-30");
  });

  it("puts a multi-line summary on one line so it cannot break a row", () => {
    expect(singleLine("first line\nsecond\tthird")).toBe("first line second third");
  });
});
