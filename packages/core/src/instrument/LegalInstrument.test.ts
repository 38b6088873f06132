import { describe, expect, it } from "vitest";
import { cite } from "../provenance/Provenance";
import { LegalInstrument, adoptionEnd, adoptionStart } from "./LegalInstrument";

const guide = (paragraph: number) => [cite("E/CN.15/2011/2", paragraph)];
const exact = (value: number) => ({ value, qualifier: "exact" as const });

// The instruments of the 2011 discussion guide, ¶23–28, as the guide states them.
const seedInstruments = [
  {
    id: "crc",
    name: { zh: "儿童权利公约" },
    kind: "convention",
    adoptedBy: { reference: "A/RES/44/25" },
    enteredIntoForceOn: "1990-09-02",
    partiesCounts: [{ asOf: "2011", count: exact(193), measure: "parties", provenance: guide(23) }],
    citedArticles: [],
    provenance: guide(23),
  },
  {
    id: "crc-opsc",
    name: { zh: "儿童权利公约关于买卖儿童、儿童卖淫和儿童色情制品的任择议定书" },
    kind: "optional-protocol",
    adoptedBy: { reference: "A/RES/54/263" },
    enteredIntoForceOn: "2002-01-18",
    parentInstrumentId: "crc",
    partiesCounts: [{ asOf: "2011", count: exact(142), measure: "parties", provenance: guide(23) }],
    citedArticles: [],
    provenance: guide(23),
  },
  {
    id: "untoc",
    name: { zh: "联合国打击跨国有组织犯罪公约" },
    shortName: { zh: "有组织犯罪公约" },
    kind: "convention",
    adoptedBy: { reference: "A/RES/55/25" },
    enteredIntoForceOn: "2003-09-29",
    partiesCounts: [{ asOf: "2011", count: exact(158), measure: "parties", provenance: guide(24) }],
    citedArticles: [{ article: "29", paragraph: "1", subparagraph: "h", provenance: guide(24) }],
    provenance: guide(24),
  },
  {
    id: "budapest-convention",
    name: { zh: "欧洲委员会网上犯罪公约" },
    kind: "convention",
    adoptedAt: { zh: "欧洲委员会部长委员会第 109 届会议" },
    adoptedOn: "2001-11-08",
    openedForSignatureOn: "2001-11-23",
    enteredIntoForceOn: "2004-07-01",
    partiesCounts: [{ asOf: "2011", count: exact(30), measure: "ratifications", provenance: guide(27) }],
    citedArticles: [{ article: "9", subject: { zh: "与儿童色情制品有关的犯罪" }, provenance: guide(27) }],
    provenance: guide(27),
  },
  {
    id: "lanzarote-convention",
    name: { zh: "欧洲委员会保护儿童免遭性剥削和性虐待公约" },
    kind: "convention",
    adoptedAt: { zh: "第二十八届欧洲司法部长会议，西班牙兰萨罗特" },
    adoptedOn: { start: "2007-10-25", end: "2007-10-26" },
    enteredIntoForceOn: "2010-07-01",
    partiesCounts: [],
    citedArticles: [],
    provenance: guide(28),
  },
  {
    id: "eu-framework-decision-2004-68-jha",
    name: { zh: "欧洲联盟理事会关于打击对儿童进行性剥削和儿童色情制品的第 2004/68/JHA 号框架决定" },
    kind: "framework-decision",
    adoptedOn: "2003-12-22",
    partiesCounts: [],
    citedArticles: [],
    provenance: guide(26),
  },
];

describe("LegalInstrument", () => {
  it("the six instruments of the 2011 guide (¶23–28) parse as the guide states them", () => {
    const parsed = seedInstruments.map((instrument) => LegalInstrument.parse(instrument));
    expect(parsed.map((instrument) => instrument.id)).toEqual([
      "crc",
      "crc-opsc",
      "untoc",
      "budapest-convention",
      "lanzarote-convention",
      "eu-framework-decision-2004-68-jha",
    ]);
    expect(parsed[2]?.adoptedBy).toEqual({ reference: "A/RES/55/25" });
  });

  it("the Lanzarote Convention's two days of adoption are a period", () => {
    const lanzarote = LegalInstrument.parse(seedInstruments[4]);
    expect(adoptionStart(lanzarote.adoptedOn!)).toBe("2007-10-25");
    expect(adoptionEnd(lanzarote.adoptedOn!)).toBe("2007-10-26");
    expect(adoptionEnd("2001-11")).toBe("2001-11-30");
  });

  it("an instrument cannot enter into force before it is adopted or opened for signature", () => {
    const budapest = seedInstruments[3]!;
    const early = LegalInstrument.safeParse({ ...budapest, enteredIntoForceOn: "2001-11-01" });
    expect(early.success).toBe(false);
    expect(early.error?.issues.map((issue) => issue.path[0])).toEqual(["enteredIntoForceOn", "enteredIntoForceOn"]);
    expect(early.error?.issues[0]?.message).toContain("before its adoption");
  });

  it("a date known only to the year does not contradict a precise one inside it", () => {
    expect(LegalInstrument.safeParse({ ...seedInstruments[3], enteredIntoForceOn: "2001" }).success).toBe(true);
  });

  it("an instrument is not its own parent", () => {
    const result = LegalInstrument.safeParse({ ...seedInstruments[1], parentInstrumentId: "crc-opsc" });
    expect(result.error?.issues[0]?.path).toEqual(["parentInstrumentId"]);
  });

  it("two counts of the same measure on the same date are a contradiction", () => {
    const untoc = seedInstruments[2]!;
    const twice = [...untoc.partiesCounts, { asOf: "2011", count: exact(150), measure: "parties", provenance: [] }];
    expect(LegalInstrument.safeParse({ ...untoc, partiesCounts: twice }).success).toBe(false);
    const ratifications = [
      ...untoc.partiesCounts,
      { asOf: "2011", count: exact(150), measure: "ratifications", provenance: [] },
    ];
    expect(LegalInstrument.safeParse({ ...untoc, partiesCounts: ratifications }).success).toBe(true);
  });

  it("a count of parties is a whole number with its qualifier", () => {
    const untoc = seedInstruments[2]!;
    const fractional = [{ asOf: "2011", count: exact(158.5), measure: "parties", provenance: [] }];
    expect(LegalInstrument.safeParse({ ...untoc, partiesCounts: fractional }).success).toBe(false);
    const moreThan = [
      { asOf: "2011", count: { value: 150, qualifier: "atLeast", strict: true }, measure: "parties", provenance: [] },
    ];
    expect(LegalInstrument.safeParse({ ...untoc, partiesCounts: moreThan }).success).toBe(true);
  });

  it("the adopting resolution is a validated reference", () => {
    expect(LegalInstrument.safeParse({ ...seedInstruments[0], adoptedBy: { reference: "A/RES/44/25" } }).success).toBe(
      true,
    );
    expect(LegalInstrument.safeParse({ ...seedInstruments[0], adoptedBy: { reference: "44/25" } }).success).toBe(false);
    expect(LegalInstrument.safeParse({ ...seedInstruments[0], adoptedBy: { mandateId: "a-res-44-25" } }).success).toBe(
      true,
    );
  });
});
