import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinListCell, splitListCell } from "./ListCell";

describe("list cells", () => {
  it("countries are joined with ';' as IATI CSV does", () => {
    expect(joinListCell(["BFA", "BLZ", "SLV"])).toBe("BFA;BLZ;SLV");
    expect(splitListCell("BFA;BLZ;SLV")).toEqual(["BFA", "BLZ", "SLV"]);
  });

  it("a ';' inside a value is escaped as '\\;' and a backslash as '\\\\'", () => {
    expect(joinListCell(["INTERPOL; Europol", "a\\b"])).toBe("INTERPOL\\; Europol;a\\\\b");
    expect(splitListCell("INTERPOL\\; Europol;a\\\\b")).toEqual(["INTERPOL; Europol", "a\\b"]);
  });

  it("an empty cell is the empty list, and a hand-typed backslash before other text is kept", () => {
    expect(splitListCell("")).toEqual([]);
    expect(joinListCell([])).toBe("");
    expect(splitListCell("C:\\docs;x")).toEqual(["C:\\docs", "x"]);
  });

  it("any list of values but a single empty one survives join and split", () => {
    const value = fc.string({ unit: fc.constantFrom(";", "\\", "a", " ", "网", "ع", '"', ",") });
    fc.assert(
      fc.property(
        fc.array(value).filter((values) => !(values.length === 1 && values[0] === "")),
        (values) => {
          expect(splitListCell(joinListCell(values))).toEqual(values);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
