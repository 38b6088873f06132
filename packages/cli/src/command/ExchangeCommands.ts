import { Argument, Command, Flag } from "effect/cli";
import { lazyHandler } from "./LazyHandler";

const files = Argument.String("file").pipe(
  Argument.withDescription("JSON, JSON Lines, CSV or XLSX files (the format is detected)"),
  Argument.variadic({ min: 1 }),
);

const entity = Flag.String("entity").pipe(
  Flag.withMetavar("KIND"),
  Flag.withDescription(
    "The kind of the records (activity, mandate, session, …) when the file's name and content do not say",
  ),
  Flag.optional,
);

export const importCommand = Command.make(
  "import",
  {
    files,
    entity,
    skipInvalid: Flag.Boolean("skip-invalid").pipe(
      Flag.withDescription("Write the valid records and list the invalid ones, instead of writing nothing"),
      Flag.withDefault(false),
    ),
  },
  lazyHandler(() => import("../exchange/ImportHandler"), "importHandler"),
).pipe(
  Command.withDescription(
    "Import records from JSON, JSON Lines, CSV or XLSX files in one transaction: with any invalid record nothing is written and every problem is listed (exit 1), unless --skip-invalid. Importing the same records again changes nothing.",
  ),
  Command.withShortDescription("Import JSON, JSON Lines, CSV or XLSX files"),
  Command.withExamples([
    { command: "remit import activities.jsonl" },
    { command: "remit import mandates.csv sessions.json --skip-invalid" },
    { command: "remit import book.xlsx --entity activity" },
  ]),
);

export const validateCommand = Command.make(
  "validate",
  { files, entity },
  lazyHandler(() => import("../exchange/ValidateHandler"), "validateHandler"),
).pipe(
  Command.withDescription(
    "Check files as `remit import` would, without a store and without writing: every problem with file:line: field path (exit 1 if any).",
  ),
  Command.withShortDescription("Check files without writing"),
  Command.withExamples([{ command: "remit validate activities.jsonl" }]),
);
