import { Argument, Command, Flag } from "effect/cli";
import { lazyHandler } from "./LazyHandler";
import { helpText } from "../messages/HelpTranslation";

const files = Argument.String("file").pipe(
  Argument.withDescription(helpText("remit import <file>")),
  Argument.variadic({ min: 1 }),
);

const entity = Flag.String("entity").pipe(
  Flag.withMetavar("KIND"),
  Flag.withDescription(helpText("remit import --entity")),
  Flag.optional,
);

export const importCommand = Command.make(
  "import",
  {
    files,
    entity,
    skipInvalid: Flag.Boolean("skip-invalid").pipe(
      Flag.withDescription(helpText("remit import --skip-invalid")),
      Flag.withDefault(false),
    ),
  },
  lazyHandler(() => import("../exchange/ImportHandler"), "importHandler"),
).pipe(
  Command.withDescription(helpText("remit import")),
  Command.withShortDescription(helpText("remit import (short)")),
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
  Command.withDescription(helpText("remit validate")),
  Command.withShortDescription(helpText("remit validate (short)")),
  Command.withExamples([{ command: "remit validate activities.jsonl" }]),
);
