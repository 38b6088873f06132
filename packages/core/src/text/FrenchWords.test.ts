import { describe, expect, it } from "vitest";
import { frenchCardinal, frenchFeminineOrdinal, frenchOrdinal } from "./FrenchWords";

describe("French numbers in words", () => {
  it("writes a session's ordinal in the feminine, as the report and the symbol explanations both say it", () => {
    expect(frenchFeminineOrdinal(1)).toBe("première");
    expect(frenchOrdinal(1)).toBe("premier");
    expect([21, 74, 80, 71, 95].map(frenchFeminineOrdinal)).toEqual([
      "vingt et unième",
      "soixante-quatorzième",
      "quatre-vingtième",
      "soixante et onzième",
      "quatre-vingt-quinzième",
    ]);
    expect(frenchCardinal(80)).toBe("quatre-vingts");
  });
});
