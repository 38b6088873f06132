import type { DocumentProvenance, Observation } from "@remit/core";
import { listOf, type FormFields } from "./FieldErrors";

/** What the result form shows and edits, as the person typed it. */
export interface ObservationDraft {
  readonly id: string;
  readonly indicator: string;
  readonly value: string;
  readonly qualifier: string;
  readonly unit: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly sourceSymbol: string;
  readonly sourceParagraphs: string;
  readonly sourceQuote: string;
}

function firstDocument(observation: Observation | undefined): DocumentProvenance | undefined {
  const first = observation?.provenance[0];
  return first?.source === "document" ? first : undefined;
}

/** The form of a result (a new one when undefined), the activity's own source proposed for a new one. */
export function observationDraft(
  observation: Observation | undefined,
  activitySource: DocumentProvenance | undefined,
): ObservationDraft {
  const source = firstDocument(observation) ?? (observation === undefined ? activitySource : undefined);
  const quantity = observation !== undefined && "qualifier" in observation.value ? observation.value : undefined;
  return {
    id: observation?.id ?? "",
    indicator: observation?.indicatorId ?? "",
    value: quantity === undefined ? "" : String(quantity.value),
    qualifier: quantity?.qualifier ?? "exact",
    unit: quantity?.unit ?? "",
    periodStart: observation?.scope.period.start ?? "",
    periodEnd: observation?.scope.period.end ?? "",
    sourceSymbol: source?.symbol ?? "",
    sourceParagraphs: source?.paragraphs.join(", ") ?? "",
    sourceQuote: observation === undefined ? "" : (source?.quote ?? ""),
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
  const source = firstDocument(stored);
  const { quote: _quote, ...cited } = source ?? {};
  const quote = draft.sourceQuote.trim();
  const paragraphs = listOf(draft.sourceParagraphs).map((part) => (/^\d+$/.test(part) ? Number(part) : Number.NaN));
  const document = {
    ...cited,
    source: "document",
    symbol: draft.sourceSymbol.trim(),
    paragraphs,
    ...(quote === "" ? {} : { quote }),
  };
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
      period: {
        start: draft.periodStart.trim(),
        ...(draft.periodEnd.trim() === "" ? {} : { end: draft.periodEnd.trim() }),
      },
    },
    activityIds: activityIds.includes(activityId) ? activityIds : [...activityIds, activityId],
    provenance: [document, ...(stored?.provenance.slice(source === undefined ? 0 : 1) ?? [])],
  };
}

const SOURCE_FIELDS: Readonly<Record<string, string>> = {
  symbol: "sourceSymbol",
  paragraphs: "sourceParagraphs",
  quote: "sourceQuote",
};
const VALUE_FIELDS: Readonly<Record<string, string>> = { value: "value", qualifier: "qualifier", unit: "unit" };

/** The result form's fields by record path, and how a badly written value of each is said. */
export const OBSERVATION_FORM: FormFields = {
  fieldOf: (path) => {
    const [head, second, third] = path;
    if (head === "id") return "id";
    if (head === "indicatorId") return "indicator";
    if (head === "value") return VALUE_FIELDS[String(second)] ?? "value";
    if (head === "scope" && second === "period") return third === "end" ? "periodEnd" : "periodStart";
    if (head === "provenance") return path.length > 2 ? SOURCE_FIELDS[String(third)] : "sourceSymbol";
    return undefined;
  },
  formatProblem: {
    id: "errorIdFormat",
    indicator: "errorChooseOne",
    value: "errorNumber",
    unit: "errorUnitFormat",
    periodStart: "errorDateFormat",
    periodEnd: "errorDateFormat",
    sourceSymbol: "errorSymbolFormat",
    sourceParagraphs: "errorParagraphs",
  },
};
