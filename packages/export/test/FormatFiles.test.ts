import { loadDataset, recordsOf } from "@remit/dataset";
import { describe, expect, it } from "vitest";
import {
  EXPORT_FORMATS,
  FORMAT_FILES,
  REPORT_FORMATS,
  exportKinds,
  exportRecords,
  renderReport,
  reportFormatOf,
} from "../src/formats/index";
import { datasetReport } from "./ReportTestSupport";

/** Everything an export in `format` writes from the dataset, as bytes or text. */
async function exported(format: (typeof EXPORT_FORMATS)[number]): Promise<{ bytes: boolean; text: string }> {
  const loaded = loadDataset();
  if (!loaded.ok) throw new Error("the dataset does not load");
  const kinds = exportKinds(format);
  if (!kinds.ok) throw new Error(kinds.error.message);
  const output = await exportRecords(format, kinds.value, (kind) => recordsOf(loaded.value, kind));
  let bytes = false;
  let text = "";
  for await (const chunk of typeof output === "string" ? [output] : output) {
    if (typeof chunk === "string") text += chunk;
    else bytes = true;
  }
  return { bytes, text };
}

describe("the file each format writes", () => {
  it("is bytes exactly for the formats whose writer yields bytes: a workbook, a DOCX report", async () => {
    for (const format of EXPORT_FORMATS) {
      expect({ format, binary: FORMAT_FILES[format].binary }).toEqual({
        format,
        binary: (await exported(format)).bytes,
      });
    }
    const report = datasetReport("en");
    for (const format of REPORT_FORMATS) {
      const rendered = await renderReport(report, format);
      expect({ format, binary: FORMAT_FILES[format].binary }).toEqual({ format, binary: typeof rendered !== "string" });
    }
  });

  it("names a report file by an extension that reads back as its format", () => {
    for (const format of REPORT_FORMATS)
      expect(reportFormatOf(`report.${FORMAT_FILES[format].extension}`)).toBe(format);
  });

  it("types text as UTF-8 and an IATI activity file as XML, as its first line declares", async () => {
    for (const [format, file] of Object.entries(FORMAT_FILES)) {
      if (!file.binary) expect({ format, mediaType: file.mediaType }).toMatchObject({ mediaType: /; charset=utf-8$/ });
    }
    const iati = await exported("iati");
    expect(iati.text.startsWith("<?xml")).toBe(true);
    expect(iati.text).toContain("<iati-activity");
    expect(FORMAT_FILES.iati).toMatchObject({ mediaType: "application/xml; charset=utf-8", extension: "xml" });
  });
});
