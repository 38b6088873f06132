import { explainSymbol, formatSymbolSaid, type Language, type SymbolExplanation } from "@remit/core";
import { Effect } from "effect";
import { handle } from "../command/Handle";
import { invalidInput } from "../failure/CliFailure";
import { named } from "../messages/CliMessage";
import { printJson, printJsonLines, printLines } from "../output/Stdout";
import { displayWidth, padToWidth } from "../output/TextWidth";

/** The arguments of `remit symbol`. */
export interface SymbolInput {
  readonly symbols: readonly string[];
}

/** A part's name in the reader's language ("organ", "الجهاز", "机构"), from core's symbol catalog. */
const partLabel = (part: string, language: Language): string =>
  formatSymbolSaid({ key: "part", values: { part } }, language);

function describe(explanation: Extract<SymbolExplanation, { ok: true }>, language: Language): string[] {
  const heading = [explanation.symbol, explanation.citation].filter((text) => text !== undefined).join("  ·  ");
  const rows = explanation.parts.map((part) => ({ label: partLabel(part.part, language), part }));
  const extra = [
    ...(explanation.note === undefined ? [] : [{ label: partLabel("note", language), text: explanation.note }]),
    ...(explanation.input !== explanation.symbol && explanation.input !== explanation.citation
      ? [{ label: partLabel("written", language), text: explanation.input }]
      : []),
  ];
  // Columns by display width: a Chinese part name ("文件号") takes two columns a character.
  const width = Math.max(...[...rows, ...extra].map((row) => displayWidth(row.label)), 8);
  const written = Math.max(...rows.map((row) => displayWidth(row.part.text)), 8);
  return [
    heading,
    ...rows.map(
      ({ label, part }) => `  ${padToWidth(label, width)}  ${padToWidth(part.text, written)}  ${part.meaning}`,
    ),
    ...extra.map(({ label, text }) => `  ${padToWidth(label, width)}  ${text}`),
  ];
}

/**
 * `remit symbol SYMBOL...`: parses and explains each symbol or citation in the `--lang`
 * language; every invalid one is reported on stderr with the parser's precise message in that
 * language, and the exit code is 1 if any is.
 */
export const symbolHandler = (input: SymbolInput) =>
  handle((context) =>
    Effect.gen(function* () {
      const explanations = input.symbols.map((symbol) => explainSymbol(symbol, undefined, context.language));
      if (context.output === "json") yield* printJson(explanations);
      else if (context.output === "jsonl") yield* printJsonLines(explanations);
      else {
        const valid = explanations.filter((explanation) => explanation.ok);
        yield* printLines(
          valid.flatMap((explanation, index) => [
            ...(index === 0 ? [] : [""]),
            ...describe(explanation, context.language),
          ]),
        );
      }
      const problems = explanations.flatMap((explanation) =>
        explanation.ok ? [] : [named(explanation.error.message)],
      );
      if (problems.length > 0) return yield* Effect.fail(invalidInput(problems));
    }),
  );
