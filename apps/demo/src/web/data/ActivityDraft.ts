import type { Activity, Language, LocalizedText } from "@remit/core";
import { listOf, type FormFields } from "./FieldErrors";
import { periodOfDraft, provenanceOfDraft, recordDraftOf, recordFormFields, type RecordDraft } from "./RecordDraft";

/** What the activity form shows and edits, as the person typed it. */
export interface ActivityDraft extends RecordDraft {
  readonly title: string;
  readonly summary: string;
  readonly kind: string;
  readonly topics: readonly string[];
  readonly countries: string;
  readonly mandates: readonly string[];
}

/** The form of an activity (a new one when undefined), its texts in the page's language. */
export function activityDraft(activity: Activity | undefined, language: Language): ActivityDraft {
  return {
    ...recordDraftOf(activity, activity?.period),
    title: activity?.title[language] ?? "",
    summary: activity?.summary?.[language] ?? "",
    kind: activity?.kind ?? "training",
    topics: activity?.topics ?? [],
    countries: activity?.countries.named.join(", ") ?? "",
    mandates: activity?.mandateIds ?? [],
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
    period: periodOfDraft(draft),
    countries: { ...stored?.countries, named: listOf(draft.countries).map((code) => code.toUpperCase()) },
    mandateIds: [...draft.mandates],
    provenance: provenanceOfDraft(draft, stored),
  };
}

/** The activity form's fields by record path, and how a badly written value of each is said. */
export const ACTIVITY_FORM: FormFields = recordFormFields(
  ["period"],
  ([head]) => {
    if (head === "countries") return "countries";
    if (head === "mandateIds") return "mandates";
    return typeof head === "string" && ["title", "summary", "kind", "topics"].includes(head) ? head : undefined;
  },
  { title: "errorRequired", countries: "errorCountryFormat" },
);
