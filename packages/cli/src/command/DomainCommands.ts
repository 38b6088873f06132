import { Argument, Command, Flag } from "effect/cli";
import { lazyHandler } from "./LazyHandler";

export const symbolCommand = Command.make(
  "symbol",
  {
    symbols: Argument.String("symbol").pipe(
      Argument.withDescription('Document symbols (A/RES/74/173) or citations ("CCPCJ resolution 22/8")'),
      Argument.variadic({ min: 1 }),
    ),
  },
  lazyHandler(() => import("../handlers/SymbolHandler"), "symbolHandler"),
).pipe(
  Command.withDescription(
    "Parse and explain UN document symbols and citations; an invalid one is reported with where and what is wrong (exit 1).",
  ),
  Command.withShortDescription("Parse and explain document symbols"),
  Command.withExamples([
    { command: "remit symbol A/RES/74/173 E/CN.15/2011/2" },
    { command: 'remit symbol "CCPCJ resolution 22/8"' },
    {
      command: "remit symbol A/624/123",
      description: "A misprint in the 2011 guide: says the 624th session does not exist",
    },
  ]),
);

export const dueCommand = Command.make(
  "due",
  {
    body: Flag.String("body").pipe(
      Flag.withMetavar("BODY"),
      Flag.withDescription("The body the reports go to (ccpcj, ga, ecosoc; any case)"),
    ),
    session: Flag.Int("session").pipe(
      Flag.withMetavar("N"),
      Flag.withDescription("The session's number (30 for the 30th session)"),
    ),
  },
  lazyHandler(() => import("../handlers/DueHandler"), "dueHandler"),
).pipe(
  Command.withDescription(
    "The reports due at a session after deferrals, and those that were due there and were deferred to a later session.",
  ),
  Command.withShortDescription("Reports due at a session, with deferrals"),
  Command.withExamples([
    { command: "remit due --body CCPCJ --session 30", description: "74/173's report, deferred from the 29th" },
  ]),
);

export const checkCommand = Command.make(
  "check",
  {
    session: Argument.String("session").pipe(
      Argument.withDescription(
        "A session id (ccpcj-20) or a thematic discussion id; `languages` checks each official language's completeness",
      ),
    ),
    strict: Flag.Boolean("strict").pipe(
      Flag.withDescription("Exit 1 when a rule is violated"),
      Flag.withDefault(false),
    ),
  },
  lazyHandler(() => import("../handlers/CheckHandler"), "checkHandler"),
).pipe(
  Command.withDescription(
    "Check a session's thematic discussion against CCPCJ decision 18/1: nominations and election of panellists, podium seats, time limits, the discussion guide in six languages. Each rule is ok, violated, or unknown when the record does not say.",
  ),
  Command.withShortDescription("Decision 18/1 rules for a session's thematic discussion"),
  Command.withExamples([
    { command: "remit check ccpcj-20" },
    { command: "remit check languages --json", description: "which record texts lack which languages" },
  ]),
);

export const lineageCommand = Command.make(
  "lineage",
  {
    mandate: Argument.String("symbol").pipe(
      Argument.withDescription("A mandate's symbol, citation or id (A/RES/74/173)"),
    ),
    descendants: Flag.Boolean("descendants").pipe(
      Flag.withDescription("Show the later mandates that build on it instead"),
      Flag.withDefault(false),
    ),
  },
  lazyHandler(() => import("../handlers/LineageHandler"), "lineageHandler"),
).pipe(
  Command.withDescription(
    "A mandate's lineage as a tree: the earlier mandates it reaffirms, builds on, updates, continues or endorses, and theirs.",
  ),
  Command.withShortDescription("A mandate's lineage as a tree"),
  Command.withExamples([
    { command: "remit lineage A/RES/74/173" },
    { command: "remit lineage A/RES/65/230 --descendants" },
  ]),
);
