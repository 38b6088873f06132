import { Writable } from "node:stream";
import { csvHeader, csvRowToRecord, type Activity, type CsvKind, type Observation } from "@remit/core";
import { loadDataset, recordsOf } from "@remit/dataset";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { syntheticActivities } from "@remit/core/testing";
import { exportXlsx, SHEET_NAMES, writeXlsx, type XlsxSheet } from "../src/xlsx";

function dataset() {
  const result = loadDataset();
  if (!result.ok) throw new Error(`the dataset does not load: ${result.error.message}`);
  return result.value;
}

const KINDS: readonly CsvKind[] = ["body", "session", "mandate", "instrument", "activity", "indicator", "observation"];

async function workbookOf(sheets: readonly XlsxSheet[]): Promise<{ workbook: ExcelJS.Workbook; chunks: number }> {
  const pieces: Uint8Array[] = [];
  for await (const piece of exportXlsx(sheets, { created: new Date("2021-05-17T00:00:00Z") })) pieces.push(piece);
  const workbook = new ExcelJS.Workbook();
  const bytes = Buffer.concat(pieces);
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return { workbook, chunks: pieces.length };
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** A typed cell back as the CSV text core's layouts read. */
function asCsvText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return value;
  throw new Error(`unexpected cell value ${JSON.stringify(value)}`);
}

function rowValues(sheet: ExcelJS.Worksheet, row: number, width: number): ExcelJS.CellValue[] {
  return Array.from({ length: width }, (_, index) => sheet.getRow(row).getCell(index + 1).value);
}

describe("the dataset as a workbook", async () => {
  const data = dataset();
  const { workbook } = await workbookOf(KINDS.map((kind) => ({ kind, records: recordsOf(data, kind) }) as XlsxSheet));

  it("has one sheet per kind, with the columns of core's CSV layout", () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(KINDS.map((kind) => SHEET_NAMES[kind]));
    for (const kind of KINDS) {
      const header = csvHeader(kind);
      expect(rowValues(sheetOf(workbook, SHEET_NAMES[kind]), 1, header.length)).toEqual(header);
    }
  });

  it("reads back, cell by cell, into exactly the records exported", () => {
    for (const kind of KINDS) {
      const header = csvHeader(kind);
      const sheet = sheetOf(workbook, SHEET_NAMES[kind]);
      const records = recordsOf(data, kind);
      expect(sheet.actualRowCount).toBe(records.length + 1);
      records.forEach((record, index) => {
        const cells = rowValues(sheet, index + 2, header.length).map(asCsvText);
        expect(csvRowToRecord(kind, cells, header)).toEqual({ ok: true, value: record });
      });
    }
  });

  it("freezes a bold header row, filters every column and sizes the columns", () => {
    const sheet = sheetOf(workbook, "activities");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getRow(1).font).toMatchObject({ bold: true });
    const width = csvHeader("activity").length;
    expect(sheet.autoFilter).toBe(`A1:${sheet.getColumn(width).letter}${data.activities.length + 1}`);
    for (let column = 1; column <= width; column += 1) {
      const size = sheet.getColumn(column).width ?? 0;
      expect(size).toBeGreaterThanOrEqual(10);
      expect(size).toBeLessThanOrEqual(60);
    }
  });

  it("types figures as numbers and full days as dates, and keeps a year or a month as text", () => {
    const observations = sheetOf(workbook, "observations");
    const column = csvHeader("observation").indexOf("value") + 1;
    const first = data.observations.findIndex((observation) => "value" in observation.value);
    const cell = observations.getRow(first + 2).getCell(column);
    expect(cell.type).toBe(ExcelJS.ValueType.Number);
    expect(cell.value).toBe((data.observations[first]?.value as { value: number }).value);

    const sessions = sheetOf(workbook, "sessions");
    const start = csvHeader("session").indexOf("dates_start") + 1;
    const held = data.sessions.findIndex((session) => session.id === "eg-cybercrime-6");
    const dated = sessions.getRow(held + 2).getCell(start);
    expect(dated.type).toBe(ExcelJS.ValueType.Date);
    expect(dated.value).toEqual(new Date("2020-07-27T00:00:00Z"));
    expect(dated.numFmt).toBe("yyyy-mm-dd");
    const yearOnly = data.sessions.findIndex((session) => session.id === "eg-cybercrime-1");
    expect(sessions.getRow(yearOnly + 2).getCell(start).value).toBe("2011");
  });
});

describe("workbook cells", () => {
  it("hold text that looks like a formula as text, never as a formula", async () => {
    const base = dataset().activities[0] as Activity;
    const activity: Activity = {
      ...base,
      title: { en: '=HYPERLINK("http://x","click")', zh: "+1", ar: "@SUM(1)", fr: "-2+3" },
    };
    const { workbook } = await workbookOf([{ kind: "activity", records: [activity] }]);
    const sheet = sheetOf(workbook, "activities");
    const header = csvHeader("activity");
    for (const [language, text] of Object.entries(activity.title)) {
      const cell = sheet.getRow(2).getCell(header.indexOf(`title_${language}`) + 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
    }
  });

  it("are compressed and handed on while the sheet is still being written, not all at the end", async () => {
    let bytes = 0;
    let bytesOutWhenThreeQuartersRead = 0;
    async function* counted(): AsyncGenerator<Activity> {
      let read = 0;
      for await (const activity of syntheticActivities(20_000)) {
        read += 1;
        if (read === 15_000) bytesOutWhenThreeQuartersRead = bytes;
        yield activity;
      }
    }
    // A sink that never pushes back, like a fast disk: only the writer's own pacing lets
    // compression run while rows are produced.
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done();
      },
    });
    await writeXlsx([{ kind: "activity", records: counted() }], sink);
    expect(bytes).toBeGreaterThan(1_000_000);
    expect(bytesOutWhenThreeQuartersRead).toBeGreaterThan(bytes / 4);
  });

  it("stream a large sheet out in many chunks, and all its rows read back", async () => {
    const observation: Observation = dataset().observations[0] as Observation;
    const { workbook, chunks } = await workbookOf([
      { kind: "activity", records: syntheticActivities(5_000) },
      { kind: "observation", records: [observation] },
    ]);
    expect(chunks).toBeGreaterThan(3);
    expect(sheetOf(workbook, "activities").actualRowCount).toBe(5_001);
    expect(sheetOf(workbook, "activities").getRow(5_001).getCell(1).value).toBe("act-0004999");
    expect(sheetOf(workbook, "observations").actualRowCount).toBe(2);
  });
});
