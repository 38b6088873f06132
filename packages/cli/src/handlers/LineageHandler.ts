import { lineageLines, lineageView, mandateLineage, type LineageNode } from "@remit/core";
import { Effect } from "effect";
import type { CliContext } from "../command/CliContext";
import { handleWithStore } from "../command/Handle";
import { invalidInput } from "../failure/CliFailure";
import { printJson, printJsonLines, printLines } from "../output/Stdout";

/** The arguments of `remit lineage`. */
export interface LineageInput {
  readonly mandate: string;
  /** Show the later mandates that build on it, instead of the earlier ones it builds on. */
  readonly descendants: boolean;
}

function printLineage(context: CliContext, root: LineageNode) {
  if (context.output === "json") return printJson(root);
  if (context.output === "jsonl") return printJsonLines([root]);
  return printLines(lineageLines(root, context.language));
}

/**
 * `remit lineage SYMBOL`: the mandates a mandate reaffirms, builds on, updates, continues or
 * endorses, and theirs, as a tree (74/173 → 65/230 → the Salvador Declaration); with
 * --descendants the later mandates that build on it. Targets not in the store are shown as such.
 */
export const lineageHandler = (input: LineageInput) =>
  handleWithStore({ create: false }, (context) =>
    Effect.gen(function* () {
      const reading = input.descendants ? "descendants" : "ancestors";
      const tree = yield* mandateLineage(input.mandate, reading).pipe(
        Effect.mapError((problem) =>
          problem._tag === "MandateNotFound" ? invalidInput([`remit: ${problem.message}`]) : problem,
        ),
      );
      yield* printLineage(context, lineageView(tree, reading, [context.language]));
    }),
  );
