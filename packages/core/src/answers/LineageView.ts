import { Effect } from "effect";
import { listAll, type ReadError } from "../store/AllRecords";
import { Store } from "../store/Store";
import type { NotFound, StoreFailure } from "../store/StoreErrors";
import type { Language } from "../text/Language";
import { display, type LocalizedText } from "../text/LocalizedText";
import { mandateLabel } from "../mandate/Mandate";
import type { MandateNotFound } from "../mandate/MandateErrors";
import { formatMandateLink } from "../mandate/MandateLink";
import { buildLineageGraph } from "../mandate/LineageGraph";
import { descendantsOf, lineageOf, type LineageBranch, type LineageTree } from "../mandate/LineageTree";
import { LINEAGE_RELATION_WORDS, type LineageReading } from "../mandate/LineageWording";

/** A mandate of a lineage tree as a reader sees it: its label, date and title, and its branches. */
export interface LineageNode {
  readonly id: string;
  /** The mandate's symbol, or its title when it has none (a declaration), in the reader's language. */
  readonly label: string;
  /**
   * The language the label is written in when it is a title: another than the reader's when
   * the title has no version in it (a declaration stored only in English), for a reader to mark.
   */
  readonly labelLanguage?: Language;
  readonly adoptedOn?: string;
  /** The title, when the label is the symbol (a mandate without a symbol is labelled by its title already). */
  readonly title?: LocalizedText;
  readonly branches: readonly LineageBranchView[];
}

/**
 * A branch of a lineage tree as a reader sees it: the relation as stored (from the later
 * mandate to the earlier), `reads` as the tree reads it from the parent ("updated by" in a
 * descendants tree), whether the edge was `inferred` rather than stated, and the mandate, or
 * why the branch stops (a target not in the store, or a cycle).
 */
export type LineageBranchView = {
  readonly relation: string;
  readonly reads: string;
  readonly inferred: boolean;
} & (
  | { readonly kind: "mandate"; readonly mandate: LineageNode }
  | { readonly kind: "unresolved"; readonly target: string }
  | { readonly kind: "cycle"; readonly mandateId: string }
);

/**
 * A lineage tree in the reader's words: each mandate labelled, each relation read the way
 * the tree is read (`reading`), in the first of `languages` that has it.
 * @example lineageView(tree, "descendants", ["fr"]).branches[0]?.reads // "mis à jour par"
 */
export function lineageView(tree: LineageTree, reading: LineageReading, languages: readonly Language[]): LineageNode {
  const { mandate } = tree;
  return {
    id: mandate.id,
    label: mandateLabel(mandate, languages),
    ...(mandate.symbol !== undefined || mandate.title === undefined
      ? {}
      : { labelLanguage: display(mandate.title, languages).language }),
    ...(mandate.adoptedOn === undefined ? {} : { adoptedOn: String(mandate.adoptedOn) }),
    ...(mandate.symbol === undefined || mandate.title === undefined ? {} : { title: mandate.title }),
    branches: tree.branches.map((branch) => branchView(branch, reading, languages)),
  };
}

function branchView(branch: LineageBranch, reading: LineageReading, languages: readonly Language[]): LineageBranchView {
  const reads = display(LINEAGE_RELATION_WORDS[branch.relation][reading], languages).text;
  const head = { relation: branch.relation, reads, inferred: branch.edge.inferred !== undefined };
  switch (branch.kind) {
    case "mandate":
      return { ...head, kind: "mandate", mandate: lineageView(branch.tree, reading, languages) };
    case "unresolved":
      return { ...head, kind: "unresolved", target: formatMandateLink(branch.edge.target) };
    case "cycle":
      return { ...head, kind: "cycle", mandateId: branch.mandateId };
  }
}

/**
 * The lineage of a stored mandate, named by id, symbol or citation (`Store.findMandate`): the
 * earlier mandates it builds on (`ancestors`: 74/173 → 65/230 → the Salvador Declaration) or
 * the later ones that build on it (`descendants`), over every stored mandate.
 * @example mandateLineage("A/RES/74/173", "ancestors")
 */
export function mandateLineage(
  reference: string,
  reading: LineageReading,
): Effect.Effect<LineageTree, NotFound | MandateNotFound | ReadError | StoreFailure, Store> {
  return Effect.gen(function* () {
    const store = yield* Store;
    const mandate = (yield* store.findMandate(reference)).record;
    const graph = buildLineageGraph((yield* listAll("mandate")).map((stored) => stored.record));
    const result = reading === "descendants" ? descendantsOf(graph, mandate.id) : lineageOf(graph, mandate.id);
    return result.ok ? result.value : yield* Effect.fail(result.error);
  });
}
