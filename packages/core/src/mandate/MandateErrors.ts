import type { LineageRelation } from "./LineageEdge";
import type { MandateLink } from "./MandateLink";
import { formatMandateLink } from "./MandateLink";

/** No mandate with this id among those given. */
export interface MandateNotFound {
  readonly _tag: "MandateNotFound";
  readonly mandateId: string;
  readonly message: string;
}

/** Builds a {@link MandateNotFound}. */
export function mandateNotFound(mandateId: string): MandateNotFound {
  return {
    _tag: "MandateNotFound",
    mandateId,
    message: `no mandate with id "${mandateId}": check the id or load the mandate first`,
  };
}

/** The mandate has no reporting obligation with this id. */
export interface ObligationNotFound {
  readonly _tag: "ObligationNotFound";
  readonly mandateId: string;
  readonly obligationId: string;
  readonly knownObligationIds: readonly string[];
  readonly message: string;
}

/** Builds an {@link ObligationNotFound}, listing the ids the mandate does have. */
export function obligationNotFound(
  mandateId: string,
  obligationId: string,
  knownObligationIds: readonly string[],
): ObligationNotFound {
  const known =
    knownObligationIds.length === 0 ? "it requests no report" : `its reports are ${knownObligationIds.join(", ")}`;
  return {
    _tag: "ObligationNotFound",
    mandateId,
    obligationId,
    knownObligationIds,
    message: `mandate ${mandateId} has no reporting obligation "${obligationId}": ${known}`,
  };
}

/** A deferral that cannot be applied: not to a later session, or of a report already submitted. */
export interface InvalidDeferral {
  readonly _tag: "InvalidDeferral";
  readonly mandateId: string;
  readonly obligationId: string;
  readonly reason: "not-later" | "already-submitted";
  readonly message: string;
}

/** A lineage cycle: each mandate in `mandateIds` points, by `relations[i]`, to the next, and the last back to the first. */
export interface LineageCycle {
  readonly _tag: "LineageCycle";
  readonly mandateIds: readonly string[];
  readonly relations: readonly LineageRelation[];
  readonly message: string;
}

/** A lineage edge whose target is not among the mandates given. Reported, never thrown: the target may simply not be loaded. */
export interface UnknownLineageTarget {
  readonly _tag: "UnknownLineageTarget";
  readonly mandateId: string;
  readonly edgeIndex: number;
  readonly relation: LineageRelation;
  readonly target: MandateLink;
  readonly message: string;
}

/** Builds an {@link UnknownLineageTarget}. */
export function unknownLineageTarget(
  mandateId: string,
  edgeIndex: number,
  relation: LineageRelation,
  target: MandateLink,
): UnknownLineageTarget {
  return {
    _tag: "UnknownLineageTarget",
    mandateId,
    edgeIndex,
    relation,
    target,
    message: `mandate ${mandateId} ${relation} ${formatMandateLink(target)} (lineage[${edgeIndex}]), which is not among the mandates given: add that mandate or correct the target`,
  };
}

/** Two mandates given with the same id, or the same symbol under different ids. */
export interface DuplicateMandate {
  readonly _tag: "DuplicateMandate";
  readonly field: "id" | "symbol";
  readonly value: string;
  readonly mandateIds: readonly string[];
  readonly message: string;
}

/** Builds a {@link DuplicateMandate} for an id given `count` times; the first record given is the one kept. */
export function duplicateMandateId(mandateId: string, count: number): DuplicateMandate {
  return {
    _tag: "DuplicateMandate",
    field: "id",
    value: mandateId,
    mandateIds: [mandateId],
    message: `mandate id "${mandateId}" is given ${count} times: the first record is used; give each mandate its own id`,
  };
}

/** Builds a {@link DuplicateMandate} for a symbol held by several mandates; the first is the one links resolve to. */
export function duplicateMandateSymbol(symbol: string, mandateIds: readonly string[]): DuplicateMandate {
  return {
    _tag: "DuplicateMandate",
    field: "symbol",
    value: symbol,
    mandateIds,
    message: `symbol "${symbol}" is held by ${mandateIds.length} mandates (${mandateIds.join(", ")}): links resolve to ${mandateIds[0] ?? "none"}; merge them or correct the symbols`,
  };
}
