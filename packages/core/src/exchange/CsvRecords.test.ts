import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENTITY_SCHEMAS } from "../store/EntityKind";
import {
  arbitraryActivity,
  arbitraryBody,
  arbitraryIndicator,
  arbitraryLegalInstrument,
  arbitraryMandate,
  arbitraryObservation,
  arbitrarySession,
} from "../testing";
import { CSV_LAYOUTS, type CsvKind } from "./CsvLayouts";
import { JsonOnlyKind } from "./CsvLayout";
import { bindCsvHeader, csvHeader, csvRowToRecord, recordToCsvRow } from "./CsvRecords";

const ARBITRARIES: { readonly [K in CsvKind]: fc.Arbitrary<unknown> } = {
  activity: arbitraryActivity,
  observation: arbitraryObservation,
  indicator: arbitraryIndicator,
  mandate: arbitraryMandate,
  session: arbitrarySession,
  instrument: arbitraryLegalInstrument,
  body: arbitraryBody,
};
const KINDS = Object.keys(ARBITRARIES) as CsvKind[];

function rowOf(kind: CsvKind, record: unknown): string[] {
  return recordToCsvRow(kind, record as never);
}

describe("CSV layouts", () => {
  it.each(KINDS)("the %s layout covers every field of its schema, with each column named once", (kind) => {
    const layout = CSV_LAYOUTS[kind];
    if (!layout.tabular) throw new Error(`${kind} should be tabular`);
    const covered = new Set(layout.fields.flatMap((field) => field.paths.map((path) => String(path[0]))));
    expect([...covered].sort()).toEqual(Object.keys(ENTITY_SCHEMAS[kind].shape).sort());
    const headers = csvHeader(kind);
    expect(new Set(headers).size).toBe(headers.length);
  });

  it.each(KINDS)("a valid %s record survives recordToCsvRow then csvRowToRecord unchanged", (kind) => {
    fc.assert(
      fc.property(ARBITRARIES[kind], (record) => {
        const read = csvRowToRecord(kind, rowOf(kind, record), csvHeader(kind));
        expect(read).toEqual({ ok: true, value: record });
      }),
      { numRuns: 150 },
    );
  });

  it.each(KINDS)("rows of kind %s are read the same whatever the order of the columns", (kind) => {
    const width = csvHeader(kind).length;
    const order = fc.shuffledSubarray([...Array(width).keys()], { minLength: width, maxLength: width });
    fc.assert(
      fc.property(ARBITRARIES[kind], order, (record, permutation) => {
        const header = csvHeader(kind);
        const row = rowOf(kind, record);
        const read = csvRowToRecord(
          kind,
          permutation.map((index) => row[index] ?? ""),
          permutation.map((index) => header[index] ?? ""),
        );
        expect(read).toEqual({ ok: true, value: record });
      }),
      { numRuns: 50 },
    );
  });

  it("thematic discussions are JSON only, and saying so names what to use instead", () => {
    const layout = CSV_LAYOUTS.thematicDiscussion;
    expect(layout.tabular).toBe(false);
    expect(() => recordToCsvRow("thematicDiscussion" as CsvKind, {} as never)).toThrow(JsonOnlyKind);
    expect(bindCsvHeader("thematicDiscussion", ["id"])).toMatchObject({
      ok: false,
      error: {
        _tag: "InvalidCsvRow",
        kind: "thematicDiscussion",
        row: "header",
        problems: [
          {
            path: [],
            reason: expect.stringMatching(
              /^thematic discussions are exchanged as JSON only: .* \.json or \.jsonl file$/,
            ),
            expected: "a JSON or JSON Lines file",
          },
        ],
      },
    });
  });
});

describe("reading a CSV row", () => {
  const header = ["id", "name_en", "unit", "aggregation"];

  it("an indicator row is read by header name, absent columns leaving fields absent", () => {
    expect(
      csvRowToRecord(
        "indicator",
        ["sum", "practitioners-trained", "person", "Practitioners trained"],
        ["aggregation", "id", "unit", "name_en"],
      ),
    ).toEqual({
      ok: true,
      value: { id: "practitioners-trained", name: { en: "Practitioners trained" }, unit: "person", aggregation: "sum" },
    });
  });

  it("an unknown column and a repeated column are problems naming them", () => {
    const result = csvRowToRecord("indicator", ["a", "b", "c", "d", "e", "f"], [...header, "colour", "unit"]);
    expect(result.ok ? [] : result.error.problems.map((problem) => problem.reason)).toEqual([
      'the column "colour" is not part of the indicator layout',
      'the column "unit" appears twice in the header',
    ]);
  });

  it("a missing required column is named, and a text in six languages needs at least one of its columns", () => {
    const result = bindCsvHeader("indicator", ["unit", "aggregation"]);
    expect(result.ok ? [] : result.error.problems).toEqual([
      { path: ["id"], reason: 'the column "id" is missing', expected: 'a column "id" (The indicator\'s stable id)' },
      {
        path: ["name"],
        reason: 'none of the columns "name_ar", "name_zh", "name_en", "name_fr", "name_ru", "name_es" is in the header',
        expected: "at least one of them",
      },
    ]);
  });

  it("list columns a file leaves out are read as empty lists", () => {
    const read = csvRowToRecord(
      "activity",
      ["act-1", "Webinar", "webinar-series", "2020", "[]"],
      ["id", "title_en", "kind", "period_start", "provenance"],
    );
    expect(read.ok && read.value).toMatchObject({
      topics: [],
      countries: { named: [] },
      regions: { m49: [], named: [] },
      languages: [],
      partners: [],
    });
  });

  it("a row with too few cells is a problem that counts them", () => {
    expect(csvRowToRecord("indicator", ["a", "b"], header)).toEqual({
      ok: false,
      error: {
        _tag: "InvalidCsvRow",
        kind: "indicator",
        row: "record",
        problems: [{ path: [], reason: "the row has 2 cells but the header has 4", expected: "4 cells" }],
        message:
          "This indicator CSV row cannot be read (1 problem): (record): the row has 2 cells but the header has 4 (expected 4 cells)",
      },
    });
  });

  it("cells that cannot be read name their column and field", () => {
    const observationHeader = [
      "id",
      "indicator_id",
      "value",
      "qualifier",
      "period_start",
      "countries_count",
      "provenance",
    ];
    const result = csvRowToRecord(
      "observation",
      ["o", "i", "2.440,5", "exact", "2020", '{"value": 64,}', "[]"],
      observationHeader,
    );
    expect(result.ok ? [] : result.error.problems).toEqual([
      {
        path: ["value", "value"],
        reason: 'column value: "2.440,5" is not a number',
        expected: "a number such as 2440 or 28.5, without thousands separators",
      },
      {
        path: ["scope", "countries", "count"],
        reason: "column countries_count: is not valid JSON: found '}' at column 14",
        expected: "a property name in double quotes",
      },
    ]);
  });

  it("an observation holds a quantity or a share, not both", () => {
    const result = csvRowToRecord(
      "observation",
      ["o", "i", "40", '{"basis":"percent"}', "2019", "[]"],
      ["id", "indicator_id", "value", "share", "period_start", "provenance"],
    );
    expect(result.ok ? undefined : result.error.problems[0]?.reason).toBe(
      "column share: both a share and a quantity (value, qualifier, …) are filled",
    );
  });

  it("a session's date columns must fit its dates_kind", () => {
    const sessionHeader = ["id", "body_id", "designation", "dates_kind", "dates_start", "dates_not_after", "status"];
    const result = csvRowToRecord(
      "session",
      ["s", "ahc-cybercrime", "organizational-session", "period", "2021-05-10", "2021-03-01", "scheduled"],
      sessionHeader,
    );
    expect(result.ok ? undefined : result.error.problems).toEqual([
      {
        path: ["schedule", "dates", "notAfter"],
        reason: 'column dates_not_after: is filled, but dates of kind "period" have no notAfter',
        expected: 'an empty cell, or dates_kind "bound"',
      },
    ]);
  });

  it("an instrument adopted over two days is written as a period start/end and read back", () => {
    const row = ["lanzarote", "Lanzarote Convention", "convention", "2007-10-25/2007-10-26"];
    const read = csvRowToRecord("instrument", row, ["id", "name_en", "kind", "adopted_on"]);
    expect(read.ok && read.value.adoptedOn).toEqual({ start: "2007-10-25", end: "2007-10-26" });
  });
});
