import { describe, expect, it } from "vitest";
import { cite } from "../provenance/Provenance";
import { LegalInstrument } from "./LegalInstrument";
import { partiesAsOf } from "./PartiesAsOf";

const untoc = LegalInstrument.parse({
  id: "untoc",
  name: { zh: "联合国打击跨国有组织犯罪公约" },
  kind: "convention",
  adoptedBy: { reference: "A/RES/55/25" },
  enteredIntoForceOn: "2003-09-29",
  partiesCounts: [
    {
      asOf: "2011",
      count: { value: 158, qualifier: "exact" },
      measure: "parties",
      provenance: [cite("E/CN.15/2011/2", 24)],
    },
  ],
  citedArticles: [],
  provenance: [],
});

const budapest = LegalInstrument.parse({
  id: "budapest-convention",
  name: { zh: "欧洲委员会网上犯罪公约" },
  kind: "convention",
  enteredIntoForceOn: "2004-07-01",
  partiesCounts: [
    {
      asOf: "2011",
      count: { value: 30, qualifier: "exact" },
      measure: "ratifications",
      provenance: [cite("E/CN.15/2011/2", 27)],
    },
  ],
  citedArticles: [],
  provenance: [],
});

// A series with counts of made-up values at several precisions, to test the choice of entry.
const series = LegalInstrument.parse({
  id: "series",
  name: { en: "An instrument counted several times" },
  kind: "protocol",
  partiesCounts: [
    { asOf: "2005-03-01", count: { value: 10, qualifier: "exact" }, measure: "parties", provenance: [] },
    { asOf: "2008", count: { value: 20, qualifier: "atLeast", strict: true }, measure: "parties", provenance: [] },
    { asOf: "2008-06", count: { value: 25, qualifier: "exact" }, measure: "parties", provenance: [] },
    { asOf: "2009-01-15", count: { value: 30, qualifier: "approximately" }, measure: "signatories", provenance: [] },
  ],
  citedArticles: [],
  provenance: [],
});

describe("partiesAsOf", () => {
  it("UNTOC had 158 parties as of 2011, as the 2011 guide states (¶24)", () => {
    const result = partiesAsOf(untoc, "2011");
    expect(result).toMatchObject({
      ok: true,
      value: {
        asOf: "2011",
        count: { value: 158 },
        qualifier: "exact",
        measure: "parties",
        mayPostdate: false,
      },
    });
    expect(result.ok ? result.value.provenance : []).toEqual([cite("E/CN.15/2011/2", 24)]);
  });

  it("a later date still finds the latest count before it", () => {
    expect(partiesAsOf(untoc, "2015-06-30")).toMatchObject({ ok: true, value: { asOf: "2011" } });
  });

  it("a count known only to the year may postdate a day inside that year, and says so", () => {
    expect(partiesAsOf(untoc, "2011-06-01")).toMatchObject({ ok: true, value: { asOf: "2011", mayPostdate: true } });
  });

  it("before the first count there is none, and the reason gives the first date", () => {
    const result = partiesAsOf(untoc, "2010");
    expect(result).toMatchObject({ ok: false, error: { _tag: "NoPartiesCount", reason: "none-before" } });
    expect(result.ok ? "" : result.error.message).toContain("as of 2011");
  });

  it("the Budapest Convention is counted in ratifications, and asking for parties says so", () => {
    const parties = partiesAsOf(budapest, "2011");
    expect(parties).toMatchObject({ ok: false, error: { _tag: "NoPartiesCount", reason: "other-measure" } });
    expect(parties.ok ? "" : parties.error.message).toContain("ratifications");
    expect(partiesAsOf(budapest, "2011", { measure: "ratifications" })).toMatchObject({
      ok: true,
      value: {
        count: { value: 30 },
        measure: "ratifications",
      },
    });
  });

  it("an instrument without counts has no count at any date", () => {
    expect(partiesAsOf({ ...untoc, partiesCounts: [] }, "2011")).toMatchObject({
      ok: false,
      error: { _tag: "NoPartiesCount", reason: "no-counts" },
    });
  });

  it("of several counts the latest at or before the date wins, with its qualifier", () => {
    expect(partiesAsOf(series, "2007")).toMatchObject({
      ok: true,
      value: { asOf: "2005-03-01", count: { value: 10 } },
    });
    expect(partiesAsOf(series, "2008-03")).toMatchObject({
      ok: true,
      value: {
        asOf: "2008",
        qualifier: "atLeast",
        mayPostdate: true,
      },
    });
    expect(partiesAsOf(series, "2008-07-01")).toMatchObject({
      ok: true,
      value: {
        asOf: "2008-06",
        count: { value: 25 },
        mayPostdate: false,
      },
    });
    expect(partiesAsOf(series, "2010")).toMatchObject({ ok: true, value: { asOf: "2008-06" } });
    expect(partiesAsOf(series, "2010", { measure: "signatories" })).toMatchObject({
      ok: true,
      value: {
        asOf: "2009-01-15",
        qualifier: "approximately",
      },
    });
  });
});
