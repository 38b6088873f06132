import { citationLabelIn, display, languageNameIn, lineageView, mandateLineage, type LineageNode } from "@remit/core";
import { Effect } from "effect";
import type { CliContext } from "../command/CliContext";
import { handleWithStore } from "../command/Handle";
import { invalidInput } from "../failure/CliFailure";
import { printJson, printJsonLines, printLines } from "../output/Stdout";
import type { UiLanguage } from "../output/UiLanguage";
import { say } from "../messages/CliMessage";

/** The arguments of `remit lineage`. */
export interface LineageInput {
  readonly mandate: string;
  /** Show the later mandates that build on it, instead of the earlier ones it builds on. */
  readonly descendants: boolean;
}

function describe(node: LineageNode, language: UiLanguage): string {
  const adopted = node.adoptedOn === undefined ? "" : ` (${node.adoptedOn})`;
  const title = node.title === undefined ? "" : ` — ${display(node.title, [language]).text}`;
  const onlyIn =
    node.labelLanguage === undefined || node.labelLanguage === language
      ? ""
      : ` ${say(language, "lineage.onlyIn", { language: languageNameIn(node.labelLanguage, language) })}`;
  return `${citationLabelIn(node.label, language)}${onlyIn}${adopted}${title}`;
}

/** The tree drawn with box characters, one mandate a line, each branch led by its relation. */
export function drawTree(root: LineageNode, language: UiLanguage): string[] {
  const lines = [describe(root, language)];
  const walk = (node: LineageNode, prefix: string): void => {
    node.branches.forEach((branch, index) => {
      const last = index === node.branches.length - 1;
      const inferred = branch.inferred ? ` ${say(language, "lineage.inferred", {})}` : "";
      const lead = `${prefix}${last ? "└─ " : "├─ "}${branch.reads}${inferred} `;
      if (branch.kind === "mandate") {
        lines.push(`${lead}${describe(branch.mandate, language)}`);
        walk(branch.mandate, `${prefix}${last ? "   " : "│  "}`);
      } else if (branch.kind === "unresolved") {
        lines.push(
          `${lead}${say(language, "lineage.notStored", { mandate: citationLabelIn(branch.target, language) })}`,
        );
      } else {
        lines.push(`${lead}${say(language, "lineage.cycle", { mandate: branch.mandateId })}`);
      }
    });
  };
  walk(root, "");
  return lines;
}

function printLineage(context: CliContext, root: LineageNode) {
  if (context.output === "json") return printJson(root);
  if (context.output === "jsonl") return printJsonLines([root]);
  return printLines(drawTree(root, context.language));
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
