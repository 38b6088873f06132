import { describe, expect, it } from "vitest";
import { copyText } from "./CopyText";

describe("copyText, the rows of COPY … FROM STDIN", () => {
  it("writes one line per row, its values separated by tabs, a missing value as \\N", () => {
    expect(copyText(["act-1", 1, "BLZ", "act-2", 2, null], 3)).toBe("act-1\t1\tBLZ\nact-2\t2\t\\N\n");
  });

  it("escapes what COPY would read as a separator, a line end or an escape in a title", () => {
    expect(copyText(["Tab\there\nnew line\r\\ back", "N"], 2)).toBe("Tab\\there\\nnew line\\r\\\\ back\tN\n");
  });

  it("writes nothing for no rows", () => {
    expect(copyText([], 3)).toBe("");
  });
});
