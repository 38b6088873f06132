import { Argument, Command, Flag } from "effect/cli";
import { lazyHandler } from "./LazyHandler";
import { helpText } from "../messages/HelpTranslation";

export const symbolCommand = Command.make(
  "symbol",
  {
    symbols: Argument.String("symbol").pipe(
      Argument.withDescription(helpText("remit symbol <symbol>")),
      Argument.variadic({ min: 1 }),
    ),
  },
  lazyHandler(() => import("../handlers/SymbolHandler"), "symbolHandler"),
).pipe(
  Command.withDescription(helpText("remit symbol")),
  Command.withShortDescription(helpText("remit symbol (short)")),
  Command.withExamples([
    { command: "remit symbol A/RES/74/173 E/CN.15/2011/2" },
    { command: 'remit symbol "CCPCJ resolution 22/8"' },
    {
      command: "remit symbol A/624/123",
      description: helpText("remit symbol # remit symbol A/624/123"),
    },
  ]),
);

export const dueCommand = Command.make(
  "due",
  {
    body: Flag.String("body").pipe(Flag.withMetavar("BODY"), Flag.withDescription(helpText("remit due --body"))),
    session: Flag.Int("session").pipe(Flag.withMetavar("N"), Flag.withDescription(helpText("remit due --session"))),
  },
  lazyHandler(() => import("../handlers/DueHandler"), "dueHandler"),
).pipe(
  Command.withDescription(helpText("remit due")),
  Command.withShortDescription(helpText("remit due (short)")),
  Command.withExamples([
    {
      command: "remit due --body CCPCJ --session 30",
      description: helpText("remit due # remit due --body CCPCJ --session 30"),
    },
  ]),
);

export const checkCommand = Command.make(
  "check",
  {
    session: Argument.String("session").pipe(Argument.withDescription(helpText("remit check <session>"))),
    strict: Flag.Boolean("strict").pipe(
      Flag.withDescription(helpText("remit check --strict")),
      Flag.withDefault(false),
    ),
  },
  lazyHandler(() => import("../handlers/CheckHandler"), "checkHandler"),
).pipe(
  Command.withDescription(helpText("remit check")),
  Command.withShortDescription(helpText("remit check (short)")),
  Command.withExamples([
    { command: "remit check ccpcj-20" },
    { command: "remit check languages --json", description: helpText("remit check # remit check languages --json") },
  ]),
);

export const lineageCommand = Command.make(
  "lineage",
  {
    mandate: Argument.String("symbol").pipe(Argument.withDescription(helpText("remit lineage <symbol>"))),
    descendants: Flag.Boolean("descendants").pipe(
      Flag.withDescription(helpText("remit lineage --descendants")),
      Flag.withDefault(false),
    ),
  },
  lazyHandler(() => import("../handlers/LineageHandler"), "lineageHandler"),
).pipe(
  Command.withDescription(helpText("remit lineage")),
  Command.withShortDescription(helpText("remit lineage (short)")),
  Command.withExamples([
    { command: "remit lineage A/RES/74/173" },
    { command: "remit lineage A/RES/65/230 --descendants" },
  ]),
);
