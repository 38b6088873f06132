import { RevisionConflict, type EntityKind } from "@remit/core";

function describeRevision(revision: number | "absent"): string {
  return revision === "absent" ? "no record" : `revision ${revision}`;
}

/** The RevisionConflict of a write that expected one revision and found another. */
export function revisionConflict(
  kind: EntityKind,
  id: string,
  expected: number | "absent",
  actual: number | "absent",
): RevisionConflict {
  return new RevisionConflict({
    kind,
    id,
    expected,
    actual,
    message:
      `The ${kind} "${id}" was expected at ${describeRevision(expected)} but the store has ${describeRevision(actual)}: ` +
      `someone changed it since you read it. Nothing was written; read it again, merge your change and retry.`,
  });
}

/** Whether a write that expected `expected` may go ahead over `actual`. */
export function expectationHolds(expected: number | "absent" | undefined, actual: number | "absent"): boolean {
  return expected === undefined || expected === actual;
}
