import type { EntityKind } from "../store/EntityKind";
import type { CsvLayout } from "./CsvLayout";
import { requiredColumns } from "./CsvRecords";
import { CSV_LAYOUTS } from "./CsvLayouts";

const RULES = `# CSV layouts

How each kind of Remit record is written to and read from CSV by \`@remit/core\`
(\`recordToCsvRow\`, \`csvRowToRecord\`, \`readCsv\`). This file is generated from
\`CSV_LAYOUTS\` by \`csvLayoutsMarkdown()\`, and a test fails when the two differ.

## Rules for every layout

- **File**: RFC 4180 CSV in UTF-8 (a byte order mark is accepted and ignored), comma
  separated, rows ended by CRLF (LF is accepted). A field holding a comma, a double quote
  or a line break is written in double quotes, a quote inside doubled: \`"Doha ""Declaration"""\`.
  Blank lines are skipped. One file holds one kind of record.
- **Header**: the first row names the columns. Columns are matched by name, in any order.
  A column that is not in the layout, or appears twice, stops the import at line 1. Only
  the columns marked *required* must be present ("one of …": at least one of those; for a
  text in six languages, at least one of its six columns). Every row has as many cells as the header.
- **Empty cell**: the value is absent. In a list column it is the empty list (and a list
  column left out of the file reads as empty lists).
- **Text in six languages**: one column per official language, in UN order, named
  \`<name>_ar\`, \`<name>_zh\`, \`<name>_en\`, \`<name>_fr\`, \`<name>_ru\`, \`<name>_es\`.
  An empty cell is a missing language.
- **Lists**: values joined by \`;\` as IATI CSV does (\`BLZ;SLV\`). A \`;\` inside a value is
  written \`\\;\` and a backslash \`\\\\\`; a backslash before anything else is kept as it is.
- **JSON cells**: structures that do not flatten (provenance, schedule history, provisions,
  shares) hold the same JSON as a JSON file would.
- **Numbers**: \`.\` as the decimal point, no thousands separators: \`2440\`, \`28.5\`.
- **Dates**: \`YYYY\`, \`YYYY-MM\` or \`YYYY-MM-DD\`, as precise as the source.
- **Formula protection**: a spreadsheet runs a cell starting with \`=\`, \`+\`, \`-\`, \`@\`
  (or their full-width forms, or any of them after white space), a tab, a carriage return
  or a line feed as a formula. On export such a cell (also after any leading
  apostrophes) gets one more leading \`'\`, unless it is a plain number such as \`-5\`; on
  import exactly one leading \`'\` is removed from a cell of that shape. So \`=SUM(A1)\` is
  written \`'=SUM(A1)\` and read back as \`=SUM(A1)\`, \`'=x\` is written \`''=x\`, and
  export → import gives back exactly what was exported.
`;

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

function section(kind: EntityKind, layout: CsvLayout): string {
  if (!layout.tabular) return `## ${kind}\n\n**JSON only**: ${layout.reason}.\n`;
  const rows = layout.fields.flatMap((field) => {
    const needed = field.required ? requiredColumns(field).map((column) => column.header) : [];
    const anyOf =
      needed.length <= 2
        ? needed.map((name) => `\`${name}\``).join(" or ")
        : `\`${needed[0] ?? ""}\` … \`${needed.at(-1) ?? ""}\``;
    return field.columns.map((column) => {
      const required = !needed.includes(column.header) ? "" : needed.length === 1 ? "yes" : `one of ${anyOf}`;
      return `| \`${column.header}\` | ${cell(column.meaning)} | ${cell(column.format)} | ${required} |`;
    });
  });
  return [
    `## ${kind}`,
    "",
    layout.description,
    "",
    "| column | meaning | format | required |",
    "|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}

/**
 * The documentation of every CSV layout, as Markdown: the rules common to all layouts, then
 * one table per kind (column, meaning, format, required). CSV_LAYOUTS.md is this text.
 */
export function csvLayoutsMarkdown(): string {
  const sections = (Object.entries(CSV_LAYOUTS) as [EntityKind, CsvLayout][]).map(([kind, layout]) =>
    section(kind, layout),
  );
  return [RULES, ...sections].join("\n");
}
