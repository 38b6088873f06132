import { describe, expect, it } from "vitest";
import { renderReportMarkdown } from "../src/report/index";
import { REPORT_FORMATS, renderReport, reportFormatOf } from "../src/formats/index";
import { datasetReport } from "./ReportTestSupport";

describe("the format a report is written in", () => {
  it("follows the extension of the file it is written to, in any case", () => {
    expect(reportFormatOf("report.docx")).toBe("docx");
    expect(reportFormatOf("Report.DOCX")).toBe("docx");
    expect(reportFormatOf("报告.html")).toBe("html");
    expect(reportFormatOf("report.htm")).toBe("html");
  });

  it("is Markdown for stdout, a .md file or an extension no renderer writes", () => {
    expect(reportFormatOf(undefined)).toBe("md");
    expect(reportFormatOf("report.md")).toBe("md");
    expect(reportFormatOf("report.pdf")).toBe("md");
    expect(reportFormatOf("docx")).toBe("md");
  });

  it("is one of the formats a report renders to", () => {
    for (const name of ["a.docx", "a.html", "a.txt"]) expect(REPORT_FORMATS).toContain(reportFormatOf(name));
  });
});

describe("a report rendered in a chosen format", () => {
  const report = datasetReport("en");

  it("is the Markdown renderer's text for md", async () => {
    expect(await renderReport(report, "md")).toBe(renderReportMarkdown(report));
  });

  it("is a standalone HTML page for html", async () => {
    const html = await renderReport(report, "html");
    expect(typeof html).toBe("string");
    expect(html as string).toMatch(/^<!DOCTYPE html>/i);
  });

  it("is a DOCX package (a ZIP archive) for docx", async () => {
    const docx = await renderReport(report, "docx");
    expect(docx).toBeInstanceOf(Uint8Array);
    expect(Array.from((docx as Uint8Array).subarray(0, 2))).toEqual([0x50, 0x4b]);
  });
});
