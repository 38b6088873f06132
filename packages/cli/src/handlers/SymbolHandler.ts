import { explainSymbol, type SymbolExplanation } from "@remit/core";
import { Effect } from "effect";
import { handle } from "../command/Handle";
import { invalidInput } from "../failure/CliFailure";
import { printJson, printJsonLines, printLines } from "../output/Stdout";

/** The arguments of `remit symbol`. */
export interface SymbolInput {
  readonly symbols: readonly string[];
}

function describe(explanation: Extract<SymbolExplanation, { ok: true }>): string[] {
  const heading = [explanation.symbol, explanation.citation].filter((text) => text !== undefined).join("  ·  ");
  const width = Math.max(...explanation.parts.map((part) => part.part.length), 8);
  const lines = [
    heading,
    ...explanation.parts.map((part) => `  ${part.part.padEnd(width)}  ${part.text.padEnd(8)}  ${part.meaning}`),
  ];
  if (explanation.note !== undefined) lines.push(`  ${"note".padEnd(width)}  ${explanation.note}`);
  if (explanation.input !== explanation.symbol && explanation.input !== explanation.citation)
    lines.push(`  ${"written".padEnd(width)}  ${explanation.input}`);
  return lines;
}

/**
 * `remit symbol SYMBOL...`: parses and explains each symbol or citation; every invalid one
 * is reported on stderr with the parser's precise message, and the exit code is 1 if any is.
 */
export const symbolHandler = (input: SymbolInput) =>
  handle((context) =>
    Effect.gen(function* () {
      const explanations = input.symbols.map((symbol) => explainSymbol(symbol));
      if (context.output === "json") yield* printJson(explanations);
      else if (context.output === "jsonl") yield* printJsonLines(explanations);
      else {
        const valid = explanations.filter((explanation) => explanation.ok);
        yield* printLines(
          valid.flatMap((explanation, index) => [...(index === 0 ? [] : [""]), ...describe(explanation)]),
        );
      }
      const problems = explanations.flatMap((explanation) =>
        explanation.ok ? [] : [`remit: ${explanation.error.message}`],
      );
      if (problems.length > 0) return yield* Effect.fail(invalidInput(problems));
    }),
  );
