import { describe, expect, it } from "vitest";
import { colorsWanted } from "./Bold";
import { tableLines } from "./TableLines";

const sessions = { columns: [{ heading: "ID" }, { heading: "TITLE" }], rows: [["ccpcj-30", "30th session"]] };

describe("a table as the run prints it", () => {
  it("on a pipe is tab-separated lines with no heading", () => {
    expect(tableLines({ output: "plain", columns: 80, color: false }, sessions)).toEqual(["ccpcj-30\t30th session"]);
  });

  it("on a terminal has its heading in bold only where colours are wanted", () => {
    const [plainHeading] = tableLines({ output: "table", columns: 80, color: false }, sessions);
    const [boldHeading] = tableLines({ output: "table", columns: 80, color: true }, sessions);
    expect(plainHeading).toBe("ID        TITLE");
    expect(boldHeading).toBe("\x1b[1mID        TITLE\x1b[0m");
  });
});

describe("whether stdout takes colours", () => {
  it("does on a terminal, unless NO_COLOR is set to something", () => {
    expect(colorsWanted(true, {})).toBe(true);
    expect(colorsWanted(true, { NO_COLOR: "" })).toBe(true);
    expect(colorsWanted(true, { NO_COLOR: "1" })).toBe(false);
  });

  it("never does on a pipe", () => {
    expect(colorsWanted(false, {})).toBe(false);
  });
});
