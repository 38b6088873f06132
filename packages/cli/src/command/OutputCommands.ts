import { Argument, Command, Flag } from "effect/cli";
import { lazyHandler } from "./LazyHandler";
import { listFilterFlags } from "./QueryCommands";
import { helpText } from "../messages/HelpTranslation";

const output = Flag.String("output").pipe(
  Flag.withAlias("o"),
  Flag.withMetavar("FILE"),
  Flag.withDescription(helpText("remit report --output")),
  Flag.optional,
);

export const reportCommand = Command.make(
  "report",
  {
    mandate: Flag.String("mandate").pipe(
      Flag.withMetavar("SYMBOL"),
      Flag.withDescription(helpText("remit report --mandate")),
    ),
    period: Flag.String("period").pipe(
      Flag.withMetavar("PERIOD"),
      Flag.withDescription(helpText("remit report --period")),
    ),
    format: Flag.Literals("format", ["md", "html", "docx"]).pipe(
      Flag.withDescription(helpText("remit report --format")),
      Flag.optional,
    ),
    output,
    obligation: Flag.String("obligation").pipe(
      Flag.withMetavar("ID"),
      Flag.withDescription(helpText("remit report --obligation")),
      Flag.optional,
    ),
    fallback: Flag.Literals("fallback", ["ar", "zh", "en", "fr", "ru", "es"]).pipe(
      Flag.withDescription(helpText("remit report --fallback")),
      Flag.optional,
    ),
    narratives: Flag.String("narratives").pipe(
      Flag.withMetavar("FILE"),
      Flag.withDescription(helpText("remit report --narratives")),
      Flag.optional,
    ),
  },
  lazyHandler(() => import("../report/ReportHandler"), "reportHandler"),
).pipe(
  Command.withDescription(helpText("remit report")),
  Command.withShortDescription(helpText("remit report (short)")),
  Command.withExamples([
    { command: "remit report --mandate A/RES/74/173 --period 2020 -o report.docx" },
    { command: "remit report --mandate A/RES/74/173 --period 2020 --lang zh --format html -o 报告.html" },
  ]),
);

export const exportCommand = Command.make(
  "export",
  {
    format: Argument.Literals("format", ["csv", "xlsx", "json", "jsonl", "iati", "ics"]).pipe(
      Argument.withDescription(helpText("remit export <format>")),
    ),
    entity: Flag.String("entity").pipe(
      Flag.withMetavar("KIND"),
      Flag.withDescription(helpText("remit export --entity")),
      Flag.optional,
    ),
    ...listFilterFlags,
    output,
    bom: Flag.Boolean("bom").pipe(Flag.withDescription(helpText("remit export --bom")), Flag.withDefault(false)),
  },
  lazyHandler(() => import("../export/ExportHandler"), "exportHandler"),
).pipe(
  Command.withDescription(helpText("remit export")),
  Command.withShortDescription(helpText("remit export (short)")),
  Command.withExamples([
    { command: "remit export csv --topic cryptocurrency -o crypto.csv --bom" },
    { command: "remit export xlsx -o remit.xlsx" },
    { command: "remit export ics -o sessions.ics" },
  ]),
);
