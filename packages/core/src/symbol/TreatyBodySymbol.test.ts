import { describe, expect, it } from "vitest";
import { DocumentSymbol, formatSymbol } from "./DocumentSymbol";
import { explainSymbol } from "./SymbolExplanation";
import { normaliseSymbol } from "./SymbolNormalisation";
import { parseSymbol } from "./SymbolParser";

const asOf = { referenceDate: new Date("2024-06-01T00:00:00Z") };

function parsed(text: string): DocumentSymbol {
  const result = parseSymbol(text, asOf);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function refusal(text: string): { part: string; offset: number; reason: string } {
  const result = parseSymbol(text, asOf);
  if (result.ok) throw new Error(`${text} was accepted`);
  return { part: result.error.part, offset: result.error.offset, reason: result.error.reason };
}

function meanings(text: string): string[] {
  const explained = explainSymbol(text, asOf.referenceDate);
  if (!explained.ok) throw new Error(explained.error.message);
  return explained.parts.map((part) => `${part.text}: ${part.meaning}`);
}

describe("the human-rights treaty bodies' own symbols", () => {
  it("general comments and recommendations: CCPR/C/GC/36, E/C.12/GC/24, CEDAW/C/GC/38", () => {
    expect(parsed("CCPR/C/GC/36")).toEqual({
      organ: "CCPR",
      series: [{ kind: "committee" }],
      document: { type: "GC", number: 36 },
      modifiers: [],
    });
    expect(parsed("E/C.12/GC/24").series).toEqual([{ kind: "body", code: "C", number: 12 }]);
    for (const text of ["CERD/C/GC/36", "CEDAW/C/GC/38", "CAT/C/GC/4", "CRC/C/GC/25", "CRPD/C/GC/7", "CED/C/GC/1"])
      expect(formatSymbol(parsed(text))).toBe(text);
    expect(meanings("CEDAW/C/GC/38")).toContain("38: general recommendation no. 38");
  });

  it("a State party's reports and what is issued on them name it by its ISO code", () => {
    expect(parsed("CRC/C/GBR/CO/5")).toMatchObject({ country: "GBR", document: { type: "CO", number: 5 } });
    expect(parsed("CCPR/C/GBR/8")).toMatchObject({ country: "GBR", document: { number: 8 } });
    expect(parsed("CCPR/C/GBR/Q/8")).toMatchObject({ document: { type: "Q", number: 8 } });
    expect(parsed("CAT/C/GBR/QPR/7")).toMatchObject({ document: { type: "QPR", number: 7 } });
    expect(parsed("CCPR/C/USA/CO/4/Add.1").modifiers).toEqual([{ type: "Add", number: 1 }]);
    expect(meanings("CRC/C/GBR/CO/5")).toEqual([
      "CRC: the Committee on the Rights of the Child",
      "C: the Committee on the Rights of the Child",
      "GBR: the State party: United Kingdom of Great Britain and Northern Ireland",
      "CO: concluding observations on",
      "5: the 5th periodic report",
    ]);
    expect(meanings("CRPD/C/GBR/1")).toContain("1: the initial report, submitted by the State party");
  });

  it("combined periodic reports are written as a range: CERD/C/USA/CO/10-12, CEDAW/C/FRA/CO/7-8", () => {
    expect(parsed("CERD/C/USA/CO/10-12").document).toEqual({ type: "CO", number: 10, last: 12 });
    expect(formatSymbol(parsed("CEDAW/C/FRA/CO/7-8"))).toBe("CEDAW/C/FRA/CO/7-8");
    expect(meanings("CERD/C/USA/CO/10-12")).toContain("10-12: the combined 10th, 11th and 12th periodic reports");
    expect(refusal("CERD/C/USA/CO/12-10")).toMatchObject({ part: "document", offset: 14 });
    expect(refusal("CERD/C/GC/10-12")).toMatchObject({ part: "segment", offset: 12 });
    expect(refusal("A/74/1-23")).toMatchObject({ part: "segment", offset: 6 });
  });

  it("views and decisions carry the session, D, and the communication's number and year", () => {
    expect(parsed("CCPR/C/127/D/2728/2016")).toEqual({
      organ: "CCPR",
      series: [{ kind: "committee" }],
      period: { kind: "session", session: 127 },
      document: { type: "D", number: 2728, year: 2016 },
      modifiers: [],
    });
    expect(parsed("E/C.12/55/D/2/2014").period).toEqual({ kind: "session", session: 55 });
    expect(parsed("CRC/C/88/D/104/2019").document).toEqual({ type: "D", number: 104, year: 2019 });
    expect(meanings("CCPR/C/127/D/2728/2016")).toContain("2728: communication no. 2728/2016");
    expect(refusal("CCPR/C/127/D/2728/16")).toMatchObject({ part: "year", offset: 18 });
    expect(refusal("CRC/C/60/D/1/2010")).toMatchObject({ part: "year", offset: 13 });
    expect(refusal("CCPR/C/127/D/2728/2031")).toMatchObject({ part: "year", offset: 18 });
    expect(refusal("CMW/C/30/D/1/2020")).toMatchObject({ part: "document", offset: 9 });
  });

  it("summary records follow the common grammar: CCPR/C/SR.3750, E/C.12/2016/SR.12", () => {
    expect(parsed("CCPR/C/SR.3750").document).toEqual({ type: "SR", number: 3750 });
    expect(parsed("E/C.12/2016/SR.12").period).toEqual({ kind: "year", year: 2016 });
    expect(refusal("CCPR/C/127/1")).toMatchObject({ part: "session", offset: 7 });
  });

  it("the Subcommittee on Prevention of Torture reports on its visits: CAT/OP/MDV/1", () => {
    expect(parsed("CAT/OP/MDV/1")).toMatchObject({ organ: "CAT", country: "MDV", document: { number: 1 } });
    expect(meanings("CAT/OP/MDV/1")).toContain("1: the report on visit no. 1");
    expect(refusal("CAT/OP/MDV/CO/1")).toMatchObject({ part: "document", offset: 11 });
    expect(refusal("CAT/OP/GC/1")).toMatchObject({ part: "document", offset: 7 });
  });

  it("the committee comes right after the organ, and the State party is a code known to M49", () => {
    expect(refusal("CCPR/GC/36")).toMatchObject({ part: "series", offset: 5 });
    expect(refusal("CRC/C/UKK/CO/5")).toMatchObject({ part: "country", offset: 6 });
    expect(refusal("CRC/C/gbr/CO/5")).toMatchObject({ part: "country", offset: 6 });
    expect(refusal("CRC/C/GBR/CO")).toMatchObject({ part: "document", offset: 12 });
    expect(refusal("CRC/C/GBR/CO/5 ")).toMatchObject({ part: "segment", offset: 14 });
  });

  it("joint general comments of two treaty bodies join both symbols with a hyphen: CEDAW/C/GC/31-CRC/C/GC/18", () => {
    expect(parsed("CEDAW/C/GC/31-CRC/C/GC/18")).toEqual({
      organ: "CEDAW",
      series: [{ kind: "committee" }],
      document: { type: "GC", number: 31 },
      modifiers: [],
      joint: { organ: "CRC", series: [{ kind: "committee" }], document: { type: "GC", number: 18 }, modifiers: [] },
    });
    expect(formatSymbol(parsed("CMW/C/GC/3-CRC/C/GC/22"))).toBe("CMW/C/GC/3-CRC/C/GC/22");
    const revised = parsed("CEDAW/C/GC/31/Rev.1-CRC/C/GC/18/Rev.1");
    expect([revised.modifiers, revised.joint?.modifiers]).toEqual([
      [{ type: "Rev", number: 1 }],
      [{ type: "Rev", number: 1 }],
    ]);
    expect(meanings("CMW/C/GC/3-CRC/C/GC/22")).toEqual([
      "CMW: the Committee on Migrant Workers",
      "C: the Committee on Migrant Workers",
      "GC: a general comment of the Committee on Migrant Workers",
      "3: general comment no. 3",
      "CRC: the Committee on the Rights of the Child",
      "C: the Committee on the Rights of the Child",
      "GC: a general comment of the Committee on the Rights of the Child",
      "22: general comment no. 22",
    ]);
    expect(refusal("CEDAW/C/GC/31-CEDAW/C/GC/18")).toMatchObject({ part: "organ", offset: 14 });
    expect(refusal("CEDAW/C/GC/31-CRC/C/GBR/CO/5")).toMatchObject({ part: "organ", offset: 14 });
    expect(refusal("CEDAW/C/GC/31-CAT/OP/MDV/1")).toMatchObject({ part: "organ", offset: 14 });
    expect(refusal("CEDAW/C/GC/31 -CRC/C/GC/18")).toMatchObject({ part: "segment", offset: 13 });
    expect(refusal("CEDAW/C/GC/31-crc/C/GC/18")).toMatchObject({ part: "organ", offset: 14 });
    expect(refusal("CEDAW/C/GC/31-CRC/C/GC/18-CMW/C/GC/4")).toMatchObject({ part: "segment", offset: 25 });
    expect(refusal("CEDAW/C/GC/31-CRC/C/GC/18/Corr.1/Add.1")).toMatchObject({ part: "modifier", offset: 33 });
    expect(normaliseSymbol("cedaw/c/gc/31 - crc/c/gc/18", asOf)).toMatchObject({
      ok: true,
      value: { text: "CEDAW/C/GC/31-CRC/C/GC/18" },
    });
    const joint = parsed("CEDAW/C/GC/31-CRC/C/GC/18");
    expect(DocumentSymbol.safeParse(joint).success).toBe(true);
    expect(DocumentSymbol.safeParse({ ...joint, joint: { ...joint.joint, organ: "CEDAW" } }).success).toBe(false);
  });

  it("the Optional Protocols of the Rights of the Child have their own reporting series: CRC/C/OPSC/JPN/1", () => {
    expect(parsed("CRC/C/OPSC/JPN/1")).toEqual({
      organ: "CRC",
      series: [{ kind: "committee" }, { kind: "series", name: "OPSC" }],
      country: "JPN",
      document: { number: 1 },
      modifiers: [],
    });
    expect(parsed("CRC/C/OPAC/USA/CO/2").document).toEqual({ type: "CO", number: 2 });
    expect(formatSymbol(parsed("CRC/C/OPSC/USA/CO/3-4"))).toBe("CRC/C/OPSC/USA/CO/3-4");
    expect(meanings("CRC/C/OPAC/USA/CO/2")).toEqual([
      "CRC: the Committee on the Rights of the Child",
      "C: the Committee on the Rights of the Child",
      "OPAC: the Optional Protocol on the involvement of children in armed conflict",
      "USA: the State party: United States of America",
      "CO: concluding observations on",
      "2: the 2nd periodic report",
    ]);
    expect(refusal("CRC/C/OPAC/GC/1")).toMatchObject({ part: "document", offset: 11 });
    expect(refusal("CRC/C/OPSC/SR.5")).toMatchObject({ part: "document", offset: 11 });
    expect(refusal("CRC/C/OPSC")).toMatchObject({ part: "document", offset: 10 });
    expect(refusal("CRC/C/opac/USA/CO/2")).toMatchObject({ part: "series", offset: 6 });
    expect(refusal("CCPR/C/OPAC/USA/1")).toMatchObject({ part: "document" });
    expect(refusal("CRC/C/OPSC/JPN/2-1")).toMatchObject({ part: "document", offset: 15 });
    expect(normaliseSymbol("crc/c/opac/usa/co/2", asOf)).toMatchObject({
      ok: true,
      value: { text: "CRC/C/OPAC/USA/CO/2" },
    });
    const protocol = parsed("CRC/C/OPAC/USA/CO/2");
    expect(DocumentSymbol.safeParse(protocol).success).toBe(true);
    expect(DocumentSymbol.safeParse({ ...protocol, country: undefined }).success).toBe(false);
  });

  it("UNMIK's reports on Kosovo carry UNK, a code the treaty bodies use outside ISO 3166: CCPR/C/UNK/CO/1", () => {
    expect(parsed("CCPR/C/UNK/CO/1")).toMatchObject({ country: "UNK", document: { type: "CO", number: 1 } });
    expect(formatSymbol(parsed("E/C.12/UNK/CO/1"))).toBe("E/C.12/UNK/CO/1");
    expect(meanings("CCPR/C/UNK/1")).toContain(
      "UNK: the State party: Kosovo (the reports of the United Nations Interim Administration Mission in Kosovo, UNMIK)",
    );
    expect(refusal("CCPR/C/unk/CO/1")).toMatchObject({ part: "country", offset: 7 });
    const other = refusal("CCPR/C/KOS/CO/1");
    expect(other).toMatchObject({ part: "country", offset: 7 });
    expect(other.reason).toContain("nor a code the treaty bodies use in its place (UNK, CHN-HKG, CHN-MAC)");
    expect(DocumentSymbol.safeParse({ ...parsed("CCPR/C/UNK/CO/1"), country: "XKX" }).success).toBe(false);
  });

  it("normalising repairs the same slips as elsewhere and says what it changed", () => {
    expect(normaliseSymbol(" cerd/c/usa/co/10 - 12", asOf)).toMatchObject({
      ok: true,
      value: { text: "CERD/C/USA/CO/10-12" },
    });
    const repaired = normaliseSymbol("ccpr/c/gbr/co8", asOf);
    expect(repaired.ok && repaired.value.text).toBe(false);
    expect(normaliseSymbol("E/C12/gc/24", asOf)).toMatchObject({ ok: true, value: { text: "E/C.12/GC/24" } });
  });

  it("parts built by hand obey the same forms", () => {
    const base = { organ: "CCPR", series: [{ kind: "committee" }], modifiers: [] };
    expect(DocumentSymbol.safeParse({ ...base, document: { type: "GC", number: 36 } }).success).toBe(true);
    expect(DocumentSymbol.safeParse({ ...base, document: { type: "CO", number: 5 } }).success).toBe(false);
    expect(DocumentSymbol.safeParse({ ...base, country: "XYZ", document: { number: 5 } }).success).toBe(false);
    expect(
      DocumentSymbol.safeParse({ ...base, country: "GBR", document: { type: "CO", number: 8, last: 7 } }).success,
    ).toBe(false);
    expect(DocumentSymbol.safeParse({ ...base, organ: "A", document: { type: "GC", number: 1 } }).success).toBe(false);
    expect(
      DocumentSymbol.safeParse({
        organ: "CMW",
        series: [{ kind: "committee" }],
        modifiers: [],
        period: { kind: "session", session: 1 },
        document: { type: "D", number: 1, year: 2020 },
      }).success,
    ).toBe(false);
  });
});

describe("the Trusteeship Council's symbols", () => {
  it("are numbered in one series, with no session or year: T/1, T/PV.1500", () => {
    expect(parsed("T/1")).toEqual({ organ: "T", series: [], document: { number: 1 }, modifiers: [] });
    expect(parsed("T/PV.1500").document).toEqual({ type: "PV", number: 1500 });
    expect(refusal("T/61/1")).toMatchObject({ part: "session", offset: 2 });
    expect(refusal("T/RES/2200")).toMatchObject({ part: "category", offset: 2 });
    expect(meanings("T/PV.1500")[0]).toBe("T: the Trusteeship Council");
  });

  it("its resolutions carry the session in Roman numerals: T/RES/2200 (LXI), as the General Assembly's did to its 30th", () => {
    expect(parsed("T/RES/2200 (LXI)")).toEqual({
      organ: "T",
      series: [],
      category: "RES",
      document: { number: 2200 },
      modifiers: [],
      adoptionSession: 61,
    });
    expect(formatSymbol(parsed("A/RES/3379 (XXX)"))).toBe("A/RES/3379 (XXX)");
    expect(parsed("A/RES/491 (V)").adoptionSession).toBe(5);
    expect(refusal("T/RES/2200 (lxi)")).toMatchObject({ part: "session", offset: 12 });
    expect(refusal("T/RES/2200 (LXIIII)")).toMatchObject({ part: "session", offset: 12 });
    expect(refusal("T/RES/2200 (IL)")).toMatchObject({ part: "session", offset: 12 });
    expect(refusal("A/RES/3379 (XXXI)")).toMatchObject({ part: "session", offset: 12 });
    expect(refusal("A/74/123 (XXX)")).toMatchObject({ part: "session", offset: 9 });
    expect(refusal("S/RES/2532 (LXI)")).toMatchObject({ part: "session", offset: 11 });
    expect(refusal("T/RES/2200 (1994)")).toMatchObject({ part: "category", offset: 2 });
    expect(refusal("T/RES/2200(LXI)")).toMatchObject({ part: "segment", offset: 10 });
    expect(normaliseSymbol("t/res/2200(lxi)", asOf)).toMatchObject({ ok: true, value: { text: "T/RES/2200 (LXI)" } });
    const resolution = parsed("T/RES/2200 (LXI)");
    expect(DocumentSymbol.safeParse(resolution).success).toBe(true);
    expect(DocumentSymbol.safeParse({ ...resolution, adoptionSession: undefined }).success).toBe(false);
    expect(DocumentSymbol.safeParse({ ...resolution, organ: "A", adoptionSession: 31 }).success).toBe(false);
  });

  it("Hong Kong and Macao are named after China with a hyphen: CCPR/C/CHN-HKG/CO/4, CCPR/C/CHN-MAC/CO/2", () => {
    const examples = [
      "CCPR/C/CHN-HKG/CO/4",
      "CCPR/C/CHN-MAC/CO/2",
      "E/C.12/CHN-HKG/CO/3",
      "CAT/C/CHN-HKG/CO/5",
      "CAT/C/CHN-MAC/CO/5",
      "CCPR/C/CHN-HKG/4",
      "CRC/C/CHN-HKG/Q/2-4",
      "CRC/C/OPSC/CHN-MAC/CO/1",
    ];
    for (const text of examples) expect(formatSymbol(parsed(text))).toBe(text);
    expect(parsed("CCPR/C/CHN-HKG/CO/4")).toMatchObject({ country: "CHN-HKG", document: { type: "CO", number: 4 } });
    expect(DocumentSymbol.safeParse(parsed("CCPR/C/CHN-MAC/CO/2")).success).toBe(true);
    expect(meanings("CCPR/C/CHN-HKG/CO/4")).toContain(
      "CHN-HKG: the State party: China, for Hong Kong, China (the Hong Kong Special Administrative Region)",
    );
    expect(refusal("CCPR/C/CHN-TWN/CO/1")).toMatchObject({ part: "segment", offset: 10 });
    expect(refusal("CCPR/C/GBR-HKG/CO/1")).toMatchObject({ part: "segment", offset: 10 });
    expect(refusal("CCPR/C/CHN-hkg/CO/4")).toMatchObject({ part: "country", offset: 11 });
    expect(refusal("CCPR/C/CHN -HKG/CO/4")).toMatchObject({ part: "segment", offset: 10 });
    expect(refusal("CCPR/C/CHN-HKG /CO/4")).toMatchObject({ part: "segment", offset: 14 });
    expect(refusal("A/74/CHN-HKG")).toMatchObject({ part: "segment", offset: 8 });
    expect(normaliseSymbol("ccpr/c/chn - hkg/co/4", asOf)).toMatchObject({
      ok: true,
      value: { text: "CCPR/C/CHN-HKG/CO/4" },
    });
  });
});
