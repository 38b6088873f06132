import type { LineageBranch, LineageTree, LocalizedText, Mandate } from "@remit/core";
import {
  LINEAGE_RELATION_WORDS,
  Store,
  buildLineageGraph,
  descendantsOf,
  display,
  formatMandateLink,
  lineageOf,
  listAll,
  mandateLabel,
  type LineageReading,
} from "@remit/core";
import { Effect } from "effect";
import type { CliContext } from "../command/CliContext";
import { handleWithStore } from "../command/Handle";
import { invalidInput } from "../failure/CliFailure";
import { printJson, printJsonLines, printLines } from "../output/Stdout";
import type { UiLanguage } from "../output/UiLanguage";

/** The arguments of `remit lineage`. */
export interface LineageInput {
  readonly mandate: string;
  /** Show the later mandates that build on it, instead of the earlier ones it builds on. */
  readonly descendants: boolean;
}

/** A node of `remit lineage --json`: a mandate and its branches. */
export interface LineageNode {
  readonly id: string;
  readonly label: string;
  readonly adoptedOn?: string;
  readonly title?: LocalizedText;
  readonly branches: readonly LineageBranchOutput[];
}

/**
 * A branch of `remit lineage --json`: the relation as stored (from the later mandate to the
 * earlier), `reads` as the tree reads it from the parent ("updated by" in a descendants
 * tree), whether the edge was `inferred` rather than stated, and the mandate, or why it stops.
 */
export type LineageBranchOutput = { readonly relation: string; readonly reads: string; readonly inferred: boolean } & (
  | { readonly kind: "mandate"; readonly mandate: LineageNode }
  | { readonly kind: "unresolved"; readonly target: string }
  | { readonly kind: "cycle"; readonly mandateId: string }
);

function nodeOf(tree: LineageTree, reading: LineageReading, language: UiLanguage): LineageNode {
  const mandate: Mandate = tree.mandate;
  return {
    id: mandate.id,
    label: mandateLabel(mandate, [language]),
    ...(mandate.adoptedOn === undefined ? {} : { adoptedOn: String(mandate.adoptedOn) }),
    ...(mandate.symbol === undefined || mandate.title === undefined ? {} : { title: mandate.title }),
    branches: tree.branches.map((branch) => branchOf(branch, reading, language)),
  };
}

function branchOf(branch: LineageBranch, reading: LineageReading, language: UiLanguage): LineageBranchOutput {
  const reads = display(LINEAGE_RELATION_WORDS[branch.relation][reading], [language]).text;
  const head = { relation: branch.relation, reads, inferred: branch.edge.inferred !== undefined };
  switch (branch.kind) {
    case "mandate":
      return { ...head, kind: "mandate", mandate: nodeOf(branch.tree, reading, language) };
    case "unresolved":
      return { ...head, kind: "unresolved", target: formatMandateLink(branch.edge.target) };
    case "cycle":
      return { ...head, kind: "cycle", mandateId: branch.mandateId };
  }
}

function describe(node: LineageNode, language: UiLanguage): string {
  const adopted = node.adoptedOn === undefined ? "" : ` (${node.adoptedOn})`;
  const title = node.title === undefined ? "" : ` — ${display(node.title, [language]).text}`;
  return `${node.label}${adopted}${title}`;
}

/** The tree drawn with box characters, one mandate a line, each branch led by its relation. */
export function drawTree(root: LineageNode, language: UiLanguage): string[] {
  const lines = [describe(root, language)];
  const walk = (node: LineageNode, prefix: string): void => {
    node.branches.forEach((branch, index) => {
      const last = index === node.branches.length - 1;
      const lead = `${prefix}${last ? "└─ " : "├─ "}${branch.reads}${branch.inferred ? " (inferred)" : ""} `;
      if (branch.kind === "mandate") {
        lines.push(`${lead}${describe(branch.mandate, language)}`);
        walk(branch.mandate, `${prefix}${last ? "   " : "│  "}`);
      } else if (branch.kind === "unresolved") {
        lines.push(`${lead}${branch.target} (not in this store)`);
      } else {
        lines.push(`${lead}${branch.mandateId} (already above: a cycle)`);
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
      const store = yield* Store;
      const mandate = (yield* store.findMandate(input.mandate)).record;
      const graph = buildLineageGraph((yield* listAll("mandate")).map((stored) => stored.record));
      const result = input.descendants ? descendantsOf(graph, mandate.id) : lineageOf(graph, mandate.id);
      if (!result.ok) return yield* Effect.fail(invalidInput([`remit: ${result.error.message}`]));
      const reading: LineageReading = input.descendants ? "descendants" : "ancestors";
      yield* printLineage(context, nodeOf(result.tree, reading, context.language));
    }),
  );
