import { Argument, Command, Flag } from "effect/cli";
import { lazyHandler } from "./LazyHandler";
import { listFilterFlags } from "./QueryCommands";

const output = Flag.String("output").pipe(
  Flag.withAlias("o"),
  Flag.withMetavar("FILE"),
  Flag.withDescription("Write to FILE (atomically: a temporary file renamed when complete) instead of stdout"),
  Flag.optional,
);

export const reportCommand = Command.make(
  "report",
  {
    mandate: Flag.String("mandate").pipe(
      Flag.withMetavar("SYMBOL"),
      Flag.withDescription("The mandate that asked for the report (A/RES/74/173, a citation or an id)"),
    ),
    period: Flag.String("period").pipe(
      Flag.withMetavar("PERIOD"),
      Flag.withDescription("The reporting period: 2020, 2020-06, or START/END"),
    ),
    format: Flag.Literals("format", ["md", "html", "docx"]).pipe(
      Flag.withDescription("md, html or docx (default: from -o's extension, else md)"),
      Flag.optional,
    ),
    output,
    obligation: Flag.String("obligation").pipe(
      Flag.withMetavar("ID"),
      Flag.withDescription("Which report, when the mandate asks for several"),
      Flag.optional,
    ),
    fallback: Flag.Literals("fallback", ["ar", "zh", "en", "fr", "ru", "es"]).pipe(
      Flag.withDescription(
        "Write in this language when --lang has no report templates, marking every paragraph (without it, such a language is an error)",
      ),
      Flag.optional,
    ),
    narratives: Flag.String("narratives").pipe(
      Flag.withMetavar("FILE"),
      Flag.withDescription(
        'A JSON file of texts for the paragraphs the records cannot hold: { "paragraph-id": { "text": { "en": "…" }, "provenance": [] } }',
      ),
      Flag.optional,
    ),
  },
  lazyHandler(() => import("../report/ReportHandler"), "reportHandler"),
).pipe(
  Command.withDescription(
    "Write the Secretary-General's report on a mandate for a period, computed from the store: numbered paragraphs, every figure from the activities and observations with its sources. Markdown, HTML or DOCX, in the language of --lang.",
  ),
  Command.withShortDescription("The report on a mandate, as md, html or docx"),
  Command.withExamples([
    { command: "remit report --mandate A/RES/74/173 --period 2020 -o report.docx" },
    { command: "remit report --mandate A/RES/74/173 --period 2020 --lang zh --format html -o 报告.html" },
  ]),
);

export const exportCommand = Command.make(
  "export",
  {
    format: Argument.Literals("format", ["csv", "xlsx", "json", "jsonl", "iati", "ics"]).pipe(
      Argument.withDescription(
        "csv, xlsx, json (one document), jsonl (JSON Lines), iati (IATI 2.03 XML) or ics (iCalendar of sessions)",
      ),
    ),
    entity: Flag.String("entity").pipe(
      Flag.withMetavar("KIND"),
      Flag.withDescription(
        "Export this kind only (default: activities for csv and iati, sessions for ics, everything for xlsx, json and jsonl)",
      ),
      Flag.optional,
    ),
    ...listFilterFlags,
    output,
    bom: Flag.Boolean("bom").pipe(
      Flag.withDescription("Start a CSV file with a byte order mark, for Excel"),
      Flag.withDefault(false),
    ),
  },
  lazyHandler(() => import("../export/ExportHandler"), "exportHandler"),
).pipe(
  Command.withDescription(
    "Export records as CSV, XLSX, JSON, JSON Lines, IATI 2.03 or iCalendar, to a file (written atomically) or stdout. The filters of `remit list` select activities.",
  ),
  Command.withShortDescription("Export as csv, xlsx, json, jsonl, iati or ics"),
  Command.withExamples([
    { command: "remit export csv --topic cryptocurrency -o crypto.csv --bom" },
    { command: "remit export xlsx -o remit.xlsx" },
    { command: "remit export ics -o sessions.ics" },
  ]),
);
