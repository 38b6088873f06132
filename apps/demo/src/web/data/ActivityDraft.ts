import type { Activity, DocumentProvenance, Language, LocalizedText } from "@remit/core";
import { listOf, type FormFields } from "./FieldErrors";

/** What the activity form shows and edits, as the person typed it. */
export interface ActivityDraft {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly kind: string;
  readonly topics: readonly string[];
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly countries: string;
  readonly mandates: readonly string[];
  readonly sourceSymbol: string;
  readonly sourceParagraphs: string;
  readonly sourceQuote: string;
}

function firstDocument(activity: Activity | undefined): DocumentProvenance | undefined {
  const first = activity?.provenance[0];
  return first?.source === "document" ? first : undefined;
}

/** The form of an activity (a new one when undefined), its texts in the page's language. */
export function activityDraft(activity: Activity | undefined, language: Language): ActivityDraft {
  const source = firstDocument(activity);
  return {
    id: activity?.id ?? "",
    title: activity?.title[language] ?? "",
    summary: activity?.summary?.[language] ?? "",
    kind: activity?.kind ?? "training",
    topics: activity?.topics ?? [],
    periodStart: activity?.period.start ?? "",
    periodEnd: activity?.period.end ?? "",
    countries: activity?.countries.named.join(", ") ?? "",
    mandates: activity?.mandateIds ?? [],
    sourceSymbol: source?.symbol ?? "",
    sourceParagraphs: source?.paragraphs.join(", ") ?? "",
    sourceQuote: source?.quote ?? "",
  };
}

/** A text with the page language's version replaced (or removed when left empty), the others kept. */
function withText(text: LocalizedText | undefined, language: Language, value: string): Partial<LocalizedText> {
  const kept = Object.fromEntries(
    Object.entries(text ?? {}).filter(([code, version]) => code !== language && version !== undefined),
  );
  return value.trim() === "" ? kept : { ...kept, [language]: value.trim() };
}

/**
 * The record the form describes, over the stored one (fields the form does not show are
 * kept): not yet validated, so that core's schema reports every problem of it.
 */
export function activityFromDraft(draft: ActivityDraft, language: Language, stored: Activity | undefined): unknown {
  const summary = withText(stored?.summary, language, draft.summary);
  const source = firstDocument(stored);
  const paragraphs = listOf(draft.sourceParagraphs).map((part) => (/^\d+$/.test(part) ? Number(part) : Number.NaN));
  const { quote: _quote, ...cited } = source ?? {};
  const quote = draft.sourceQuote.trim();
  const document = {
    ...cited,
    source: "document",
    symbol: draft.sourceSymbol.trim(),
    paragraphs,
    ...(quote === "" ? {} : { quote }),
  };
  const { summary: _summary, ...rest } = stored ?? {
    topics: [],
    regions: { m49: [], named: [] },
    languages: [],
    partners: [],
    audiences: [],
    provenance: [],
  };
  return {
    ...rest,
    id: stored?.id ?? draft.id.trim(),
    title: withText(stored?.title, language, draft.title),
    ...(Object.keys(summary).length === 0 ? {} : { summary }),
    kind: draft.kind,
    topics: [...draft.topics],
    period: {
      start: draft.periodStart.trim(),
      ...(draft.periodEnd.trim() === "" ? {} : { end: draft.periodEnd.trim() }),
    },
    countries: { ...stored?.countries, named: listOf(draft.countries).map((code) => code.toUpperCase()) },
    mandateIds: [...draft.mandates],
    provenance: [document, ...(stored?.provenance.slice(source === undefined ? 0 : 1) ?? [])],
  };
}

const PERIOD_FIELDS: Readonly<Record<string, string>> = { start: "periodStart", end: "periodEnd" };
const SOURCE_FIELDS: Readonly<Record<string, string>> = {
  symbol: "sourceSymbol",
  paragraphs: "sourceParagraphs",
  quote: "sourceQuote",
};

/** The activity form's fields by record path, and how a badly written value of each is said. */
export const ACTIVITY_FORM: FormFields = {
  fieldOf: (path) => {
    const [head, second] = path;
    if (head === "period") return PERIOD_FIELDS[String(second)] ?? "periodStart";
    if (head === "countries") return "countries";
    if (head === "mandateIds") return "mandates";
    if (head === "provenance") return path.length > 2 ? SOURCE_FIELDS[String(path[2])] : "sourceSymbol";
    return typeof head === "string" && ["id", "title", "summary", "kind", "topics"].includes(head) ? head : undefined;
  },
  formatProblem: {
    id: "errorIdFormat",
    title: "errorRequired",
    periodStart: "errorDateFormat",
    periodEnd: "errorDateFormat",
    countries: "errorCountryFormat",
    sourceSymbol: "errorSymbolFormat",
    sourceParagraphs: "errorParagraphs",
  },
};
