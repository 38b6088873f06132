import { describe, expect, it } from "vitest";
import { renderPlain, renderTable } from "./Table";
import { displayWidth } from "./TextWidth";

const sessions = {
  columns: [{ heading: "ID" }, { heading: "NO.", align: "right" as const }, { heading: "TITLE", shrink: true }],
  rows: [
    ["ccpcj-20", "20", "Commission on Crime Prevention and Criminal Justice, twentieth session"],
    ["ccpcj-30", "30", "预防犯罪和刑事司法委员会第三十届会议"],
  ],
};

describe("tables for a terminal", () => {
  it("aligns columns by display width, Chinese included", () => {
    const [heading, rule, first, second] = renderTable(sessions, 200);
    expect(heading).toMatch(/^ID {8}NO\. {2}TITLE$/);
    expect(rule?.startsWith("────────  ───  ")).toBe(true);
    expect(first?.indexOf("Commission")).toBe(second?.indexOf("预防"));
  });

  it("cuts the title column so a row fits the terminal", () => {
    const lines = renderTable(sessions, 50);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(50);
    expect(lines[2]?.endsWith("…")).toBe(true);
  });

  it("right-aligns numbers", () => {
    const lines = renderTable({ columns: [{ heading: "PARTIES", align: "right" }], rows: [["193"], ["30"]] }, 80);
    expect(lines.slice(2)).toEqual(["    193", "     30"]);
  });
});

describe("plain lines for a pipe", () => {
  it("writes one tab-separated line per row, with no heading and nothing cut", () => {
    expect(renderPlain(sessions)).toEqual([
      "ccpcj-20\t20\tCommission on Crime Prevention and Criminal Justice, twentieth session",
      "ccpcj-30\t30\t预防犯罪和刑事司法委员会第三十届会议",
    ]);
  });
});
