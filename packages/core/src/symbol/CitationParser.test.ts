import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryCitation } from "../testing/arbitraries/symbol";
import type { Citation, InvalidCitation } from "./Citation";
import { CITATION_BODY_NAMES, CITATION_NUMBERING, CitationBodyId, formatCitation } from "./Citation";
import type { CitationParseOptions } from "./CitationParser";
import { parseCitation } from "./CitationParser";

const asOf = { referenceDate: new Date("2021-06-01T00:00:00Z") };

function cited(text: string, options: CitationParseOptions = asOf): Citation {
  const result = parseCitation(text, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function errorOf(text: string, options: CitationParseOptions = asOf): InvalidCitation {
  const result = parseCitation(text, options);
  if (result.ok) throw new Error(`${text} unexpectedly parsed`);
  return result.error;
}

describe("citations as the English documents write them", () => {
  it("the Commission's resolution 22/8, by acronym or by name", () => {
    const expected = { bodyId: "ccpcj", kind: "resolution", session: 22, number: 8 };
    expect(cited("CCPCJ resolution 22/8")).toEqual(expected);
    expect(cited("Commission on Crime Prevention and Criminal Justice resolution 22/8")).toEqual(expected);
    expect(cited("the Commission resolution 22/8")).toEqual(expected);
  });

  it("ECOSOC numbers by year: decision 2010/243 chose the 20th session's theme", () => {
    expect(cited("ECOSOC decision 2010/243")).toEqual({ bodyId: "ecosoc", kind: "decision", year: 2010, number: 243 });
    expect(cited("Economic and Social Council resolution 2019/19")).toEqual({
      bodyId: "ecosoc",
      kind: "resolution",
      year: 2019,
      number: 19,
    });
  });

  it("the General Assembly by session: decision 74/567 postponed the ad hoc committee", () => {
    expect(cited("GA decision 74/567")).toEqual({ bodyId: "ga", kind: "decision", session: 74, number: 567 });
    expect(cited("General Assembly resolution 74/173")).toEqual({
      bodyId: "ga",
      kind: "resolution",
      session: 74,
      number: 173,
    });
    expect(cited("  general   assembly  RESOLUTION 74 / 173 ")).toEqual({
      bodyId: "ga",
      kind: "resolution",
      session: 74,
      number: 173,
    });
  });

  it("a bare 'decision 18/1' takes the body from the context", () => {
    expect(cited("decision 18/1", { ...asOf, defaultBodyId: "ccpcj" })).toEqual({
      bodyId: "ccpcj",
      kind: "decision",
      session: 18,
      number: 1,
    });
    expect(errorOf("decision 18/1")).toMatchObject({ part: "body", offset: 0, reason: "the citation names no body" });
  });
});

describe("citations as the Chinese seeds write them", () => {
  it("大会第74/173号决议 is General Assembly resolution 74/173", () => {
    expect(cited("大会第74/173号决议")).toEqual({ bodyId: "ga", kind: "resolution", session: 74, number: 173 });
  });

  it("with the seeds' spaces around the number: 经济及社会理事会第 2010/243 号决定", () => {
    expect(cited("经济及社会理事会第 2010/243 号决定")).toEqual({
      bodyId: "ecosoc",
      kind: "decision",
      year: 2010,
      number: 243,
    });
    expect(cited("经济及社会理事会第2010/243号决定")).toEqual({
      bodyId: "ecosoc",
      kind: "decision",
      year: 2010,
      number: 243,
    });
  });

  it("委员会 is the Commission, 预防犯罪和刑事司法委员会 its full name", () => {
    expect(cited("委员会第22/8号决议")).toEqual({ bodyId: "ccpcj", kind: "resolution", session: 22, number: 8 });
    expect(cited("预防犯罪和刑事司法委员会第 20/7 号决议")).toEqual({
      bodyId: "ccpcj",
      kind: "resolution",
      session: 20,
      number: 7,
    });
  });

  it("大会在其第 74/567号决定 (as the 2021 report words it) is GA decision 74/567", () => {
    expect(cited("大会在其第 74/567号决定")).toEqual({ bodyId: "ga", kind: "decision", session: 74, number: 567 });
  });

  it("第74/567号决定 names no body and needs a default", () => {
    expect(cited("第74/567号决定", { ...asOf, defaultBodyId: "ga" })).toEqual({
      bodyId: "ga",
      kind: "decision",
      session: 74,
      number: 567,
    });
    expect(errorOf("第74/567号决定")).toMatchObject({ part: "body", offset: 0 });
  });
});

describe("errors", () => {
  it("GA resolution 624/123: the Assembly has had no 624th session", () => {
    const error = errorOf("GA resolution 624/123");
    expect(error).toMatchObject({
      _tag: "InvalidCitation",
      input: "GA resolution 624/123",
      part: "session",
      offset: 14,
    });
    expect(error.reason).toContain("the General Assembly has had no 624th session");
    expect(error.message).toContain('"GA resolution 624/123" is not a valid citation: at character 14 (session)');
  });

  it("ECOSOC numbers by year, so 22/8 is not an ECOSOC number", () => {
    expect(errorOf("ECOSOC resolution 22/8")).toMatchObject({
      part: "year",
      offset: 18,
      reason: 'the Economic and Social Council numbers its resolutions by year, and "22" is not a four-digit year',
    });
    expect(errorOf("ECOSOC decision 2031/1")).toMatchObject({
      part: "year",
      reason: "2031 is in the future (the reference date is 2021-06-01)",
    });
    expect(errorOf("ECOSOC decision 1970/1")).toMatchObject({ part: "year", offset: 16 });
  });

  it("a body whose resolutions Remit does not cite", () => {
    const error = errorOf("Security Council resolution 2532/1");
    expect(error).toMatchObject({
      part: "body",
      offset: 0,
      reason: '"Security Council" is not a body whose resolutions Remit cites',
    });
    expect(error.message).toContain("Expected the General Assembly (GA, 大会)");
  });

  it("a citation that does not say resolution or decision", () => {
    expect(errorOf("CCPCJ 22/8")).toMatchObject({ part: "kind", offset: 6 });
    expect(errorOf("大会第74/173号")).toMatchObject({ part: "kind", offset: 10 });
  });

  it("a malformed or missing number", () => {
    expect(errorOf("GA resolution 74-173")).toMatchObject({
      part: "number",
      offset: 14,
      reason: '"74-173" is not a resolution or decision number',
    });
    expect(errorOf("GA resolution")).toMatchObject({ part: "number", reason: "the number is missing" });
    expect(errorOf("CCPCJ resolution 22/08")).toMatchObject({ part: "number", offset: 20 });
  });

  it("an empty citation", () => {
    expect(errorOf(" ")).toMatchObject({ part: "citation", reason: "the citation is empty" });
  });
});

describe("round trips", () => {
  it("every citation reads back from its English, short English and Chinese forms", () => {
    fc.assert(
      fc.property(arbitraryCitation, (citation) => {
        expect(cited(formatCitation(citation, "en"))).toEqual(citation);
        expect(cited(formatCitation(citation, "en", { short: true }))).toEqual(citation);
        expect(cited(formatCitation(citation, "zh"))).toEqual(citation);
      }),
      { numRuns: 300 },
    );
  });

  it("the parser numbers each body the way CITATION_NUMBERING says", () => {
    for (const bodyId of CitationBodyId.options) {
      const name = CITATION_BODY_NAMES[bodyId].short;
      const byYear = parseCitation(`${name} resolution 2019/1`, asOf);
      const bySession = parseCitation(`${name} resolution 40/1`, asOf);
      expect([byYear.ok, bySession.ok]).toEqual(
        CITATION_NUMBERING[bodyId] === "by-year" ? [true, false] : [false, true],
      );
    }
  });

  it("a Commission session written like a year is caught", () => {
    expect(errorOf("CCPCJ resolution 2013/8")).toMatchObject({
      part: "session",
      offset: 17,
      reason: expect.stringContaining("2013 looks like a year") as unknown,
    });
  });
});
