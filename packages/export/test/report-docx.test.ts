import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { reportFigures, reportParagraphs } from "@remit/core";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { renderReportDocx } from "../src/report";
import { datasetReport } from "./ReportTestSupport";

/** The `<w:p>` paragraphs of a WordprocessingML part, as text (tabs kept as "\t"). */
function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) =>
    [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((part) => (part[0] === "<w:tab/>" ? "\t" : decode(part[1] ?? "")))
      .join(""),
  );
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

async function partsOf(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const names = ["word/document.xml", "word/footnotes.xml", "word/styles.xml"];
  const entries = await Promise.all(
    names.map(async (name): Promise<[string, string]> => [name, (await zip.file(name)?.async("string")) ?? ""]),
  );
  return Object.fromEntries(entries);
}

const zh = datasetReport("zh");
const zhDocx = await renderReportDocx(zh);

describe("renderReportDocx, read back with JSZip", () => {
  it("writes every numbered paragraph with its number, a tab and its text", async () => {
    const document = (await partsOf(zhDocx))["word/document.xml"] ?? "";
    const numbered = paragraphsOf(document).filter((text) => /^\d+\.\t/.test(text));
    expect(numbered.map((text) => Number(text.split(".")[0]))).toEqual(reportParagraphs(zh).map((p) => p.number));
    expect(numbered[16]).toMatch(
      /^17\.\t本报告所述期间，毒品和犯罪问题办公室培训了来自64个国家的2,440名刑事司法从业人员/,
    );
  });

  it("closes every paragraph with a real Word footnote citing the document paragraphs, not record ids", async () => {
    const parts = await partsOf(zhDocx);
    const references = [...(parts["word/document.xml"] ?? "").matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map(
      (match) => Number(match[1]),
    );
    const notes = paragraphsOf(parts["word/footnotes.xml"] ?? "").filter((text) => text.trim() !== "");
    expect(references.length).toBeGreaterThanOrEqual(reportParagraphs(zh).length);
    expect(new Set(references).size).toBe(references.length);
    expect(notes).toContain("E/CN.15/2021/…，第17段");
    expect(notes.some((note) => /act-20|obs-20/.test(note))).toBe(false);
  });

  it("has a figures table with a header row and one row per figure", async () => {
    const document = (await partsOf(zhDocx))["word/document.xml"] ?? "";
    const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(document)?.[0] ?? "";
    expect(table.match(/<w:tr[ >]/g)).toHaveLength(reportFigures(zh).length + 1);
    expect(paragraphsOf(table).slice(0, 4)).toEqual(["段", "数字", "数值", "来源"]);
  });

  it("names fonts for Latin, Chinese and Arabic text and tags the language", async () => {
    const styles = (await partsOf(zhDocx))["word/styles.xml"] ?? "";
    expect(styles).toContain('w:eastAsia="SimSun"');
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toMatch(/<w:lang w:val="zh-CN"/);
  });

  it("lays an Arabic report out right to left", async () => {
    const document = (await partsOf(await renderReportDocx(datasetReport("ar"))))["word/document.xml"] ?? "";
    expect(document).toContain("<w:bidi/>");
    expect(document).toContain("<w:rtl/>");
    expect(document).toContain("<w:bidiVisual/>");
    // The section itself is right to left, not only its paragraphs.
    expect(document).toMatch(/<w:sectPr\b(?:(?!<\/w:sectPr>)[\s\S])*<w:bidi\/><w:docGrid/u);
    const english = (await partsOf(await renderReportDocx(datasetReport("en"))))["word/document.xml"] ?? "";
    expect(english).not.toContain("<w:bidi/>");
  });
});

function findExecutable(names: readonly string[]): string | undefined {
  const folders = (process.env.PATH ?? "").split(delimiter);
  for (const name of names) {
    const found = folders.map((folder) => join(folder, name)).find((path) => existsSync(path));
    if (found !== undefined) return found;
  }
  return undefined;
}

const office = findExecutable(["libreoffice", "soffice"]);
const pdftoppm = findExecutable(["pdftoppm"]);
const skipReason =
  office === undefined
    ? " (skipped: LibreOffice is not installed; apt-get install libreoffice-writer to run it)"
    : pdftoppm === undefined
      ? " (skipped: pdftoppm is not installed; apt-get install poppler-utils)"
      : "";

describe.skipIf(skipReason !== "")(`the DOCX opens in LibreOffice${skipReason}`, () => {
  it(
    "converts the Chinese and English reports to PDFs of several pages, rendered to PNG for a person to look at",
    { timeout: 240_000 },
    async () => {
      const folder = mkdtempSync(join(tmpdir(), "remit-report-docx-"));
      const files = [join(folder, "report-zh.docx"), join(folder, "report-en.docx")];
      writeFileSync(files[0] ?? "", zhDocx);
      writeFileSync(files[1] ?? "", await renderReportDocx(datasetReport("en")));
      // A profile of its own, so that a LibreOffice already running for someone else is not disturbed.
      const profile = `-env:UserInstallation=file://${join(folder, "profile")}`;
      execFileSync(
        office ?? "libreoffice",
        [profile, "--headless", "--convert-to", "pdf", "--outdir", folder, ...files],
        { timeout: 200_000, stdio: "pipe" },
      );
      for (const name of ["report-zh", "report-en"]) {
        const pdf = join(folder, `${name}.pdf`);
        expect(existsSync(pdf), pdf).toBe(true);
        const pages = join(folder, `${name}-pages`);
        mkdirSync(pages);
        execFileSync(pdftoppm ?? "pdftoppm", ["-png", "-r", "60", pdf, join(pages, "page")], { timeout: 60_000 });
        expect(readdirSync(pages).filter((file) => file.endsWith(".png")).length).toBeGreaterThan(3);
      }
      const text = execFileSync("pdftotext", ["-layout", join(folder, "report-en.pdf"), "-"], { encoding: "utf8" });
      expect(text).toContain("2,440");
      expect(text).toMatch(/17\.\s+During the period, UNODC trained 2,440/);
      console.info(`DOCX → PDF → PNG pages for a visual check: ${folder}`);
    },
  );
});
