import { reportFigures, reportParagraphs } from "@remit/core";
import { describe, expect, it } from "vitest";
import { escapeHtml, escapeMarkdown, renderReportHtml, renderReportMarkdown } from "../src/report";
import { datasetReport, hostileReport } from "./ReportTestSupport";

const zh = datasetReport("zh");
const en = datasetReport("en");

describe("renderReportMarkdown", () => {
  const markdown = renderReportMarkdown(en);

  it("writes every paragraph with its number, in order, under its chapter and sub-section headings", () => {
    const numbers = [...markdown.matchAll(/^(\d+)\\\. /gm)].map((match) => Number(match[1]));
    expect(numbers).toEqual(reportParagraphs(en).map((p) => p.number));
    expect(markdown).toContain("## III. Normative and capacity-building support\n");
    expect(markdown).toContain("### Cryptocurrency and darknet investigations\n\n18\\. ");
  });

  it("closes each paragraph with one note citing the document paragraph, never a mark inside a number or a record id", () => {
    const line = markdown.split("\n").find((candidate) => candidate.startsWith("17\\. ")) ?? "";
    expect(line).toContain("2,440 criminal justice practitioners from 64 countries");
    const note = /\[\^(\d+)\]$/.exec(line)?.[1];
    expect(note).toBeDefined();
    expect(line.match(/\[\^\d+\]/g)).toHaveLength(1);
    const definition = markdown.split("\n").find((candidate) => candidate.startsWith(`[^${note}]: `));
    expect(definition).toBe(`[^${note}]: E/CN.15/2021/…, para. 17`);
    expect(markdown).not.toMatch(/\[\^\d+\]: .*act-2020/);
  });

  it("has a figures table with one row per figure", () => {
    const rows = markdown.split("\n").filter((line) => /^\| \d+ \|/.test(line));
    expect(rows).toHaveLength(reportFigures(en).length);
    expect(rows).toContainEqual(
      expect.stringMatching(
        /^\| 33 \| Campaign views \| 28\.5 million \| E\/CN\.15\/2021\/…, para\. 33 \| Internet in times of lockdown \|$/,
      ),
    );
  });

  it("escapes record text so it never becomes markup", () => {
    const hostile = renderReportMarkdown(hostileReport());
    expect(hostile).toContain('# Report \\<b\\>"A&B"\\</b\\> \\*not bold\\*');
    expect(hostile).toContain(
      "1\\. \\<script\\>alert(\"x\")\\</script\\> & \\*bold\\* \\[link\\](http://x) \\| cell \\# 'q'",
    );
    expect(escapeMarkdown("a_b`c")).toBe("a\\_b\\`c");
  });
});

describe("renderReportHtml", () => {
  it("declares the report's language and direction, left to right for Chinese", () => {
    const html = renderReportHtml(zh);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh" dir="ltr">/);
    expect(html).toContain('<p class="para" id="para-17" data-spec="forensics.training"><span class="num">17.</span>');
    expect(html).toContain("<style>");
    expect(html).toContain("@page { size: A4;");
  });

  it("lays an Arabic report out right to left", () => {
    const arabic = datasetReport("ar");
    expect([arabic.templateLanguage, arabic.direction]).toEqual(["ar", "rtl"]);
    const html = renderReportHtml(arabic);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<h2><span class="numeral">أولاً -</span> مقدِّمة</h2>');
    expect(html).toContain('<span class="num">17 -</span>');
  });

  it("numbers chapters as each language does: «一、导言», «III. Normative…»", () => {
    expect(renderReportHtml(zh)).toContain('<h2><span class="numeral">一、</span>导言</h2>');
    expect(renderReportMarkdown(zh)).toContain("## 三、规范性支持和能力建设支持\n");
  });

  it("numbers paragraphs continuously, with an anchor for each", () => {
    const ids = [...renderReportHtml(zh).matchAll(/id="para-(\d+)"/g)].map((match) => Number(match[1]));
    expect(ids).toEqual(Array.from({ length: reportParagraphs(zh).length }, (_, index) => index + 1));
  });

  it("gives each figure its sources as hover text, and the paragraph one closing footnote", () => {
    const html = renderReportHtml(zh);
    const figure = /<span class="figure" data-figure="teachers" title="([^"]*)">5,600多<\/span>/.exec(html);
    expect(figure?.[1]).toContain("E/CN.15/2021/…，第25段");
    const paragraph = /<p class="para" id="para-25"[^>]*>.*<\/p>/.exec(html)?.[0] ?? "";
    expect(paragraph.match(/<sup class="note">/g)).toHaveLength(1);
    expect(paragraph).toMatch(/<sup class="note"><a href="#note-\d+" id="ref-\d+">\d+<\/a><\/sup><\/p>$/);
    expect(html).toMatch(/<tr><td class="num"><a href="#para-30">30<\/a><\/td><td>[^<]+<\/td><td>超过280万<\/td>/);
  });

  it("escapes every text from the records", () => {
    const html = renderReportHtml(hostileReport());
    expect(html).toContain("<title>Report &lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt; *not bold*</title>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; *bold*");
    expect(html).not.toContain("<script>");
    expect(escapeHtml(`'"<>&`)).toBe("&#39;&quot;&lt;&gt;&amp;");
  });
});
