import { type ImportEntry, type Report, type Session } from "@remit/core";
import { loadDataset } from "@remit/dataset";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { exportICalendar } from "../src/ical";
import { renderReportDocx } from "../src/report";
import { exportXlsx, readWorkbook } from "../src/xlsx";
import { datasetReport } from "./ReportTestSupport";

// Validation refuses these characters in records (probe defect 3); a caller may still hand a
// writer an unvalidated value, and the file must open all the same.
const UNWRITABLE = "\u0000\u0007\u001b\uFFFE\uFFFF\uD800";
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const ANY_UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u;

function dataset() {
  const result = loadDataset();
  if (!result.ok) throw new Error(`the dataset does not load: ${result.error.message}`);
  return result.value;
}

async function bytesOf(output: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  for await (const piece of output) pieces.push(piece);
  return Buffer.concat(pieces);
}

async function entriesOf(bytes: Uint8Array): Promise<ImportEntry[]> {
  const entries: ImportEntry[] = [];
  for await (const entry of readWorkbook(bytes, { name: "book.xlsx" })) entries.push(entry);
  return entries;
}

async function xmlParts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.values(zip.files).filter((file) => file.name.endsWith(".xml") && !file.dir);
  return Promise.all(parts.map((part) => part.async("string")));
}

describe("every writer holds any string it is given", () => {
  it("a DOCX report whose title and a paragraph hold control characters is XML Word opens", async () => {
    const report = datasetReport("en");
    const [first, ...rest] = report.sections;
    const hostile: Report = {
      ...report,
      title: `Report${UNWRITABLE} on cybercrime`,
      sections: [{ ...first!, heading: `Intro${UNWRITABLE}duction` }, ...rest],
    };
    const parts = await xmlParts(await renderReportDocx(hostile));
    for (const part of parts) expect(part).not.toMatch(ANY_UNWRITABLE);
    expect(parts.join("")).toContain("Introduction");
  });

  it("an XLSX export of an activity titled with control characters reads back, those characters left out", async () => {
    const [activity] = dataset().activities;
    const title = `Train${UNWRITABLE}ing`;
    const bytes = await bytesOf(exportXlsx([{ kind: "activity", records: [{ ...activity!, title: { en: title } }] }]));
    for (const part of await xmlParts(bytes)) expect(part).not.toMatch(ANY_UNWRITABLE);
    const [entry, ...others] = await entriesOf(bytes);
    expect(others).toEqual([]);
    expect(entry?.readProblem).toBeUndefined();
    expect(entry?.record).toMatchObject({ id: activity!.id, title: { en: "Training" } });
  });

  it("an iCalendar of a session titled with NUL, BEL and ESC holds no control character", () => {
    const session: Session = {
      id: "eg-cybercrime-8",
      bodyId: "eg-cybercrime",
      designation: "meeting",
      number: 8,
      title: { en: `Expert group${UNWRITABLE}, eighth meeting` },
      schedule: { dates: { kind: "period", period: { start: "2022-04-04", end: "2022-04-06" } }, status: "scheduled" },
      scheduleHistory: [],
    };
    const calendar = exportICalendar([session], { generatedAt: new Date("2022-01-01T00:00:00Z") });
    expect(calendar.replaceAll("\r\n", "")).not.toMatch(ANY_UNWRITABLE);
    expect(calendar).toContain("Expert group\\, eighth meeting");
  });
});

describe("a workbook that is not well-formed XML", () => {
  it("is a problem naming the file and what is wrong, not a parser's position alone", async () => {
    const [activity] = dataset().activities;
    const good = await bytesOf(exportXlsx([{ kind: "activity", records: [activity!] }]));
    const zip = await JSZip.loadAsync(good);
    const sheet = "xl/worksheets/sheet1.xml";
    const xml = await zip.file(sheet)!.async("string");
    zip.file(sheet, xml.replace(activity!.id, `${activity!.id}\u0007`));
    const broken = new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
    const [problem, ...rest] = await entriesOf(broken);
    expect(rest).toEqual([]);
    expect(problem?.readProblem).toMatchObject({ file: "book.xlsx", line: 1 });
    expect(problem?.readProblem?.reason).toMatch(
      /^the file cannot be read as a workbook: its XML is not well formed at line \d+, column \d+/,
    );
    expect(problem?.readProblem?.reason).toContain("control character");
  });

  it("a date cell holding no number is a problem at its row, not a crash (found by the XLSX fuzz)", async () => {
    const session = dataset().sessions.find((found) => found.schedule.dates.kind === "period");
    const good = await bytesOf(exportXlsx([{ kind: "session", records: [session!] }]));
    const zip = await JSZip.loadAsync(good);
    const sheet = "xl/worksheets/sheet1.xml";
    const xml = await zip.file(sheet)!.async("string");
    zip.file(sheet, xml.replace(/<v>(\d+(?:\.\d+)?)<\/v>/gu, "<v>é$1</v>"));
    const entries = await entriesOf(new Uint8Array(await zip.generateAsync({ type: "uint8array" })));
    const problems = entries.filter((entry) => entry.readProblem !== undefined);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem.readProblem).toMatchObject({ file: "book.xlsx[sessions]", line: 2 });
  });

  it("bytes that are no workbook at all are a problem naming the file", async () => {
    const [problem, ...rest] = await entriesOf(new TextEncoder().encode("id,title_en\nx,y\n"));
    expect(rest).toEqual([]);
    expect(problem?.readProblem).toMatchObject({ file: "book.xlsx", line: 1 });
    expect(problem?.readProblem?.reason).toMatch(/^the file cannot be read as a workbook: /);
  });
});
