import { buildReport } from "@remit/core";
import { loadDataset, REPORT_2021_NARRATIVES } from "@remit/dataset";
import { renderReportMarkdown, renderReportHtml, renderReportDocx } from "@remit/export/report";
import { writeFileSync } from "node:fs";
const lang = process.argv[2];
const loaded = loadDataset();
const r = buildReport({ symbol: "A/RES/74/173", period: { start: "2020" }, records: loaded.dataset, language: lang, narratives: REPORT_2021_NARRATIVES });
if (!r.ok) { console.error(r.error.message); process.exit(1); }
writeFileSync(`/tmp/lang/${lang}.md`, renderReportMarkdown(r.report));
writeFileSync(`/tmp/lang/${lang}.html`, renderReportHtml(r.report));
writeFileSync(`/tmp/lang/${lang}.docx`, await renderReportDocx(r.report));
