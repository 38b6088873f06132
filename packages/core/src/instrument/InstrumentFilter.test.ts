import { describe, expect, it } from "vitest";
import { matchesInstrumentFilter } from "./InstrumentFilter";
import type { LegalInstrument } from "./LegalInstrument";

function instrument(fields: Partial<LegalInstrument> & Pick<LegalInstrument, "id" | "name">): LegalInstrument {
  return { kind: "convention", partiesCounts: [], citedArticles: [], provenance: [], ...fields };
}

// UNTOC entered into force on 29 September 2003 (2011 guide ¶24); a protocol with no date stated.
const untoc = instrument({
  id: "untoc",
  name: { en: "United Nations Convention against Transnational Organized Crime", zh: "联合国打击跨国有组织犯罪公约" },
  shortName: { en: "UNTOC" },
  enteredIntoForceOn: "2003-09-29",
});
const undated = instrument({ id: "draft-protocol", kind: "protocol", name: { en: "A protocol" } });

describe("which legal instruments a filter asks for", () => {
  it("a period asks for instruments that entered into force in it", () => {
    expect(matchesInstrumentFilter(untoc, { period: { start: "2003" } })).toBe(true);
    expect(matchesInstrumentFilter(untoc, { period: { start: "2004", end: "2010" } })).toBe(false);
    expect(matchesInstrumentFilter(undated, { period: { start: "0001", end: "9999" } })).toBe(false);
  });

  it("words are looked for in the id, the name and the short name in any language", () => {
    expect(matchesInstrumentFilter(untoc, { text: "untoc" })).toBe(true);
    expect(matchesInstrumentFilter(untoc, { text: "organized transnational" })).toBe(true);
    expect(matchesInstrumentFilter(untoc, { text: "有组织犯罪" })).toBe(true);
    expect(matchesInstrumentFilter(untoc, { text: "budapest" })).toBe(false);
  });
});
