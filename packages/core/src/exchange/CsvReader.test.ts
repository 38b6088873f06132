import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LegalInstrument } from "../instrument/LegalInstrument";
import { Observation } from "../metric/Observation";
import { Session } from "../session/Session";
import type { ImportEntry } from "../store/ImportEntry";
import { arbitraryActivity, arbitraryObservation, arbitrarySession } from "../testing";
import { textChunks } from "./ByteChunks";
import { formatCsvRow } from "./CsvCell";
import type { CsvKind } from "./CsvLayouts";
import { readCsv, type CsvReadOptions } from "./CsvReader";
import { csvHeader, recordToCsvRow } from "./CsvRecords";

async function read(text: string, options: CsvReadOptions, cuts: readonly number[] = []): Promise<ImportEntry[]> {
  const all: ImportEntry[] = [];
  for await (const entry of readCsv(textChunks(text, cuts), options)) all.push(entry);
  return all;
}

const csv = (...rows: string[][]): string => rows.map(formatCsvRow).join("");

describe("readCsv", () => {
  it("reads the 2011 guide's 'about 300,000 images' from a spreadsheet export (BOM, CRLF, columns in its own order)", async () => {
    const provenance = JSON.stringify([
      { source: "document", symbol: "E/CN.15/2011/2", paragraphs: [38], quote: "大约 300,000 幅" },
    ]);
    const text = `\uFEFF${csv(
      ["indicator_id", "id", "qualifier", "value", "unit", "period_start", "provenance"],
      ["images-in-database", "interpol-image-database-2011", "approximately", "300000", "image", "2011", provenance],
    )}`;
    const entries = await read(text, { kind: "observation", file: "observations.csv" });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: "observation", file: "observations.csv", line: 2 });
    expect(Observation.parse(entries[0]?.record)).toEqual({
      id: "interpol-image-database-2011",
      indicatorId: "images-in-database",
      value: { value: 300000, qualifier: "approximately", unit: "image" },
      scope: {
        period: { start: "2011" },
        countries: { named: [] },
        regions: { m49: [], named: [] },
        disaggregation: [],
      },
      activityIds: [],
      provenance: [{ source: "document", symbol: "E/CN.15/2011/2", paragraphs: [38], quote: "大约 300,000 幅" }],
    });
  });

  it("reads the ad hoc committee's organizational session, moved to 10–12 May 2021 in New York", async () => {
    const text = csv(
      ["id", "body_id", "designation", "dates_kind", "dates_start", "dates_end", "venue_city_en", "status"],
      [
        "ahc-cybercrime-organizational",
        "ahc-cybercrime",
        "organizational-session",
        "period",
        "2021-05-10",
        "2021-05-12",
        "New York",
        "scheduled",
      ],
    );
    const [entry] = await read(text, { kind: "session" });
    expect(Session.parse(entry?.record).schedule).toEqual({
      dates: { kind: "period", period: { start: "2021-05-10", end: "2021-05-12" } },
      venue: { city: { en: "New York" } },
      status: "scheduled",
    });
  });

  it("reads the Convention on the Rights of the Child with its 193 parties as of 2011", async () => {
    const counts = JSON.stringify([
      { asOf: "2011", count: { value: 193, qualifier: "exact" }, measure: "parties", provenance: [] },
    ]);
    const text = csv(
      ["id", "name_en", "kind", "adopted_by_reference", "entered_into_force_on", "parties_counts"],
      ["crc", "Convention on the Rights of the Child", "convention", "A/RES/44/25", "1990-09-02", counts],
    );
    const [entry] = await read(text, { kind: "instrument" });
    const instrument = LegalInstrument.parse(entry?.record);
    expect(instrument.adoptedBy).toEqual({ reference: "A/RES/44/25" });
    expect(instrument.partiesCounts[0]?.count.value).toBe(193);
  });

  it("a row with broken quoting or the wrong number of cells is reported at its line, and the next rows are read", async () => {
    const text =
      'id,name_en,unit,aggregation\r\nviews,Views,view,sum\r\nbad,"Views" x,view,sum\r\nshort,Short\r\nlaws,"Laws in\r\nSHERLOC",law,latest\r\n';
    const entries = await read(text, { kind: "indicator", file: "indicators.csv" });
    expect(entries.map((entry) => [entry.line, entry.readProblem?.reason])).toEqual([
      [2, undefined],
      [3, "field 2 goes on after its closing quote"],
      [4, "the row has 2 cells but the header has 4"],
      [5, undefined],
    ]);
    expect(entries[1]?.readProblem).toMatchObject({ file: "indicators.csv", line: 3 });
    expect(entries[3]?.record).toEqual({
      id: "laws",
      name: { en: "Laws in\r\nSHERLOC" },
      unit: "law",
      aggregation: "latest",
    });
  });

  it("several unreadable cells in one row are reported together", async () => {
    const entries = await read(
      csv(["id", "indicator_id", "value", "period_start", "provenance"], ["o", "i", "many", "2020", "[{"]),
      { kind: "observation" },
    );
    expect(entries[0]?.readProblem?.reason).toBe(
      'column value: "many" is not a number; column provenance: is not valid JSON: found the end of the input at column 3',
    );
  });

  it("a header with an unknown column stops the reading at line 1, since every row would be misread", async () => {
    const entries = await read(
      csv(["id", "name_en", "unit", "aggregation", "owner"], ["views", "Views", "view", "sum", "x"]),
      { kind: "indicator" },
    );
    expect(entries).toEqual([
      {
        kind: "indicator",
        record: undefined,
        line: 1,
        readProblem: {
          line: 1,
          path: [],
          reason: 'the column "owner" is not part of the indicator layout',
          expected: expect.stringMatching(/^columns named as in CSV_LAYOUTS.md: id, name_ar/),
        },
      },
    ]);
  });

  it("an empty file is a problem, a header alone is no records, and thematic discussions are refused", async () => {
    expect((await read("", { kind: "body" }))[0]?.readProblem?.reason).toBe("the file is empty");
    expect(await read(csv(["id", "name_en", "kind"]), { kind: "body" })).toEqual([]);
    expect((await read("id\n", { kind: "thematicDiscussion" }))[0]?.readProblem?.reason).toMatch(
      /^thematic discussions are exchanged as JSON only/,
    );
  });

  const ARBITRARIES: readonly [CsvKind, fc.Arbitrary<unknown>][] = [
    ["activity", arbitraryActivity],
    ["observation", arbitraryObservation],
    ["session", arbitrarySession],
  ];

  it.each(ARBITRARIES)(
    "%s records written as CSV are read back unchanged, at their lines, wherever the chunks are cut",
    async (kind, arbitrary) => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(arbitrary, { maxLength: 4 }),
          fc.array(fc.nat(), { maxLength: 6 }),
          async (records, cuts) => {
            const rows = records.map((record) => recordToCsvRow(kind, record as never));
            const text = csv(csvHeader(kind), ...rows);
            const length = new TextEncoder().encode(text).length;
            const entries = await read(
              text,
              { kind },
              cuts.map((at) => at % (length + 1)),
            );
            expect(entries.map((entry) => entry.record)).toEqual(records);
            let line = 2;
            const lines = rows.map((row) => {
              const start = line;
              line += formatCsvRow(row).split("\n").length - 1;
              return start;
            });
            expect(entries.map((entry) => entry.line)).toEqual(lines);
          },
        ),
        { numRuns: 60 },
      );
    },
  );
});
