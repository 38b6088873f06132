import { Effect } from "effect";
import { Argument, Command } from "effect/cli";

export const symbolCommand = Command.make(
  "symbol",
  {
    symbols: Argument.String("symbol").pipe(
      Argument.withDescription("Document symbols (A/RES/74/173) or citations (\"CCPCJ resolution 22/8\")"),
      Argument.variadic({ min: 1 }),
    ),
  },
  (input) => Effect.promise(() => import("../domain/SymbolHandler")).pipe(Effect.flatMap((module) => module.symbolHandler(input))),
).pipe(
  Command.withDescription("Parse and explain UN document symbols and citations; an invalid one is reported with where and what is wrong (exit 1)."),
  Command.withShortDescription("Parse and explain document symbols"),
  Command.withExamples([
    { command: "remit symbol A/RES/74/173 E/CN.15/2011/2" },
    { command: "remit symbol \"CCPCJ resolution 22/8\"" },
    { command: "remit symbol A/624/123", description: "A misprint in the 2011 guide: says the 624th session does not exist" },
  ]),
);
