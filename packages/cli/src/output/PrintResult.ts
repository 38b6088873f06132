import { Effect } from "effect";
import type { CliContext } from "../command/CliContext";
import { printJson, printJsonLines, printLines } from "./Stdout";

/**
 * Prints what an action did (`init`, `seed`, `import`, `db backup`): with --json the
 * document, with --jsonl the same document on one line, else the sentences for a person
 * (none with --quiet).
 * @example printResult(context, { written: 3 }, ["Imported 3 records."])
 */
export function printResult(context: CliContext, document: unknown, sentences: readonly string[]): Effect.Effect<void> {
  if (context.output === "json") return printJson(document);
  if (context.output === "jsonl") return printJsonLines([document]);
  return context.quiet ? Effect.void : printLines(sentences);
}
