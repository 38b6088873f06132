import type { EntityKind } from "@remit/core";
import type { Dataset } from "./Dataset";
import { recordsOf } from "./Dataset";
import { DATASET_FILES } from "./DatasetFiles";
import type { DatasetProblem } from "./DatasetProblem";

type Path = readonly (string | number)[];

/** One id a record names, where it names it, and the kind it must be a record of. */
interface Reference {
  readonly path: Path;
  readonly id: string;
  readonly target: EntityKind;
}

function fileOf(kind: EntityKind): string {
  return DATASET_FILES.find((file) => file.kind === kind)?.file ?? kind;
}

function referencesOf(kind: EntityKind, dataset: Dataset, index: number): Reference[] {
  const refs: Reference[] = [];
  const add = (path: Path, id: string | undefined, target: EntityKind): void => {
    if (id !== undefined) refs.push({ path, id, target });
  };
  switch (kind) {
    case "body": {
      const body = dataset.bodies[index];
      add(["parentId"], body?.parentId, "body");
      break;
    }
    case "session": {
      const session = dataset.sessions[index];
      add(["bodyId"], session?.bodyId, "body");
      break;
    }
    case "thematicDiscussion": {
      add(["sessionId"], dataset.thematicDiscussions[index]?.sessionId, "session");
      break;
    }
    case "mandate": {
      const mandate = dataset.mandates[index];
      if (mandate === undefined) break;
      add(["adoptingBodyId"], mandate.adoptingBodyId, "body");
      mandate.lineage.forEach((edge, i) => {
        if ("mandateId" in edge.target) add(["lineage", i, "target", "mandateId"], edge.target.mandateId, "mandate");
      });
      mandate.provisions.forEach((provision, i) =>
        add(["provisions", i, "dueSessionRef", "bodyId"], provision.dueSessionRef?.bodyId, "body"),
      );
      mandate.reportingObligations.forEach((obligation, i) => {
        add(["reportingObligations", i, "reportTo", "bodyId"], obligation.reportTo.bodyId, "body");
        obligation.deferrals.forEach((deferral, j) => {
          const by = deferral.decidedBy;
          if (by !== undefined && "mandateId" in by)
            add(["reportingObligations", i, "deferrals", j, "decidedBy", "mandateId"], by.mandateId, "mandate");
        });
      });
      break;
    }
    case "instrument": {
      const instrument = dataset.instruments[index];
      if (instrument === undefined) break;
      const by = instrument.adoptedBy;
      if (by !== undefined && "mandateId" in by) add(["adoptedBy", "mandateId"], by.mandateId, "mandate");
      add(["parentInstrumentId"], instrument.parentInstrumentId, "instrument");
      break;
    }
    case "activity": {
      const activity = dataset.activities[index];
      if (activity === undefined) break;
      activity.mandateIds.forEach((id, i) => add(["mandateIds", i], id, "mandate"));
      add(["implementerId"], activity.implementerId, "body");
      break;
    }
    case "indicator":
      break;
    case "observation": {
      const observation = dataset.observations[index];
      if (observation === undefined) break;
      add(["indicatorId"], observation.indicatorId, "indicator");
      observation.activityIds.forEach((id, i) => add(["activityIds", i], id, "activity"));
      break;
    }
  }
  return refs;
}

/**
 * Every id a record names that no record of the right kind has (a `mandateIds` entry, an
 * `indicatorId`, a `sessionId`, a lineage target, a parent body …), and every id used twice
 * within a kind, as dataset problems. Ids are what make re-loading idempotent, so both are
 * errors in the data.
 * @example checkReferences(dataset) // [] when every reference resolves
 */
export function checkReferences(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const ids = new Map<EntityKind, Set<string>>();
  for (const { kind } of DATASET_FILES) {
    const seen = new Set<string>();
    recordsOf(dataset, kind).forEach((record, index) => {
      if (seen.has(record.id)) {
        problems.push({
          file: fileOf(kind),
          kind,
          index,
          id: record.id,
          path: ["id"],
          reason: `id "${record.id}" is used by an earlier ${kind} record`,
          expected: "an id unique within its kind",
        });
      }
      seen.add(record.id);
    });
    ids.set(kind, seen);
  }
  for (const { kind } of DATASET_FILES) {
    recordsOf(dataset, kind).forEach((record, index) => {
      for (const reference of referencesOf(kind, dataset, index)) {
        if (ids.get(reference.target)?.has(reference.id) === true) continue;
        problems.push({
          file: fileOf(kind),
          kind,
          index,
          id: record.id,
          path: reference.path,
          reason: `names ${reference.target} "${reference.id}", which is not in ${fileOf(reference.target)}`,
          expected: `the id of a ${reference.target} record`,
        });
      }
    });
  }
  return problems;
}
