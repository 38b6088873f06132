import type { DocumentProvenance, Observation } from "@remit/core";
import type { FormFields } from "./FieldErrors";
import {
  firstDocument,
  periodOfDraft,
  provenanceOfDraft,
  recordDraftOf,
  recordFormFields,
  type RecordDraft,
} from "./RecordDraft";

/** What the result form shows and edits, as the person typed it. */
export interface ObservationDraft extends RecordDraft {
  readonly indicator: string;
  readonly value: string;
  readonly qualifier: string;
  readonly unit: string;
}

/** The form of a result (a new one when undefined), the activity's own source proposed for a new one. */
export function observationDraft(
  observation: Observation | undefined,
  activitySource: DocumentProvenance | undefined,
): ObservationDraft {
  const source = firstDocument(observation) ?? (observation === undefined ? activitySource : undefined);
  const quantity = observation !== undefined && "qualifier" in observation.value ? observation.value : undefined;
  // A new result proposes the activity's document and paragraphs, not its quote.
  const quote = observation === undefined ? "" : (source?.quote ?? "");
  return {
    ...recordDraftOf(observation, observation?.scope.period, source, quote),
    indicator: observation?.indicatorId ?? "",
    value: quantity === undefined ? "" : String(quantity.value),
    qualifier: quantity?.qualifier ?? "exact",
    unit: quantity?.unit ?? "",
  };
}

/** Reads a figure as typed ("2,440", "2 440", "5600"); NaN when it is not one. */
function figureOf(text: string): number | undefined {
  const compact = text.replace(/[\s,\u00a0\u202f]/g, "");
  if (compact === "") return undefined;
  return /^\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
}

/**
 * The result the form describes, of the given activity, over the stored one (fields the form
 * does not show are kept; a share's value too): not yet validated.
 */
export function observationFromDraft(
  draft: ObservationDraft,
  activityId: string,
  stored: Observation | undefined,
): unknown {
  const share = stored !== undefined && !("qualifier" in stored.value);
  const storedQuantity = stored !== undefined && "qualifier" in stored.value ? stored.value : undefined;
  const unit = draft.unit.trim();
  const { unit: _unit, ...keptQuantity } = storedQuantity ?? {};
  const value = share
    ? stored.value
    : { ...keptQuantity, value: figureOf(draft.value), qualifier: draft.qualifier, ...(unit === "" ? {} : { unit }) };
  const scope = stored?.scope ?? { countries: { named: [] }, regions: { m49: [], named: [] }, disaggregation: [] };
  const activityIds = stored?.activityIds ?? [];
  return {
    id: stored?.id ?? draft.id.trim(),
    indicatorId: draft.indicator,
    value,
    scope: {
      ...scope,
      period: periodOfDraft(draft),
    },
    activityIds: activityIds.includes(activityId) ? activityIds : [...activityIds, activityId],
    provenance: provenanceOfDraft(draft, stored),
  };
}

const VALUE_FIELDS: Readonly<Record<string, string>> = { value: "value", qualifier: "qualifier", unit: "unit" };

/** The result form's fields by record path, and how a badly written value of each is said. */
export const OBSERVATION_FORM: FormFields = recordFormFields(
  ["scope", "period"],
  ([head, second]) => {
    if (head === "indicatorId") return "indicator";
    if (head === "value") return VALUE_FIELDS[String(second)] ?? "value";
    return undefined;
  },
  { indicator: "errorChooseOne", value: "errorNumber", unit: "errorUnitFormat" },
);
