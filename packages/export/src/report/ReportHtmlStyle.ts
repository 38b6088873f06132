/**
 * The report's stylesheet, inlined so that the HTML file stands alone. Print-ready: A4
 * pages with UN-like margins, headings kept with what follows, table rows and footnotes not
 * split across pages. Logical properties (`inline-start`) make the hanging paragraph numbers
 * and the masthead mirror themselves in right-to-left Arabic. The font stacks name fonts
 * that cover Chinese and Arabic, with generic fallbacks.
 */
export const REPORT_CSS = `
@page { size: A4; margin: 2.5cm 2.2cm 2.5cm 2.2cm; }
:root { --text: #111; --muted: #555; --rule: #999; }
html { font-family: "Times New Roman", "Noto Serif", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Noto Naskh Arabic", serif; color: var(--text); line-height: 1.45; }
html[lang="zh"] { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", serif; }
html[lang="ar"] { font-family: "Noto Naskh Arabic", "Amiri", "Arabic Typesetting", serif; }
body { margin: 0 auto; max-width: 42em; padding: 2em 1.5em; font-size: 11pt; }
.masthead { display: flex; justify-content: space-between; gap: 2em; border-block-end: 1.5pt solid var(--text); padding-block-end: 0.6em; margin-block-end: 1.5em; font-size: 10pt; }
.masthead p { margin: 0; }
.masthead .symbol { text-align: end; font-weight: bold; white-space: nowrap; }
h1 { font-size: 15pt; margin-block: 1em 0.3em; }
.by { font-size: 13pt; font-weight: bold; margin-block: 0 1.5em; }
h2 { font-size: 12.5pt; margin-block: 1.6em 0.6em; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11pt; font-style: italic; margin-block: 1.2em 0.5em; break-after: avoid; page-break-after: avoid; }
.summary { border: 0.75pt solid var(--rule); padding: 0.2em 1em; margin-block-end: 1.5em; }
p.para { padding-inline-start: 3em; text-indent: -3em; margin-block: 0 0.7em; text-align: justify; orphans: 2; widows: 2; }
p.para .num { display: inline-block; inline-size: 3em; text-indent: 0; }
.figure { border-block-end: 0.5pt dotted var(--muted); }
sup.note { font-size: 0.7em; line-height: 0; }
sup.note a, .notes a { color: inherit; text-decoration: none; }
table.figures { border-collapse: collapse; inline-size: 100%; font-size: 9.5pt; }
table.figures th, table.figures td { border: 0.5pt solid var(--rule); padding: 0.25em 0.5em; text-align: start; vertical-align: top; }
table.figures td.num { text-align: end; white-space: nowrap; }
table.figures tr { break-inside: avoid; page-break-inside: avoid; }
.notes { font-size: 9pt; border-block-start: 0.75pt solid var(--rule); margin-block-start: 2em; }
.notes li { break-inside: avoid; page-break-inside: avoid; }
@media print { body { max-width: none; padding: 0; } a { color: inherit; } }
`;
