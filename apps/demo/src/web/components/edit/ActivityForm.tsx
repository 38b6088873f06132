import {
  ACTIVITY_KINDS,
  ACTIVITY_TOPICS,
  Activity,
  type Mandate,
  ACTIVITY_KIND_LABELS,
  ACTIVITY_TOPIC_LABELS,
  codeLabelIn,
} from "@remit/core";

import { ACTIVITY_FORM, activityDraft, activityFromDraft } from "../../data/ActivityDraft";
import { api } from "../../data/Api";
import { saveOutcomeOf } from "../../data/SaveOutcome";
import { languageName } from "../../i18n/LanguageNames";
import { useLocale } from "../../i18n/Locale";
import { editTranslator } from "../../i18n/edit/EditCatalogs";
import { mandatePlainName } from "../MandateName";
import { ChoiceGroup, describedBy, FormField } from "./FormField";
import { PeriodFields } from "./RecordFields";
import { recordLabels, RecordFormFrame, type StoredRecord } from "./RecordFormFrame";
import { useRecordForm } from "./useRecordForm";

/**
 * The form of an activity, new (`stored` undefined: created with If-None-Match: *) or stored
 * (replaced with If-Match: its revision). The texts are edited in the page's language.
 */
export function ActivityForm(props: {
  readonly stored: StoredRecord<Activity> | undefined;
  readonly mandates: readonly Mandate[];
  readonly onSaved: (id: string) => void;
  readonly onReload: () => void;
  readonly onCancel: () => void;
}) {
  const locale = useLocale();
  const { language } = locale;
  const t = editTranslator(language);
  const { stored } = props;
  const form = useRecordForm(activityDraft(stored?.record, language), ACTIVITY_FORM);
  const { draft, set, errorOf } = form;
  const languageShown = languageName(language, language);
  const labels: Record<string, string> = {
    ...recordLabels(t),
    title: t("fieldTitle", { language: languageShown }),
    summary: t("fieldSummary", { language: languageShown }),
    kind: t("fieldKind"),
    topics: t("fieldTopics"),
    countries: t("fieldCountries"),
    mandates: t("fieldMandates"),
  };
  const onSubmit = async () => {
    const saved = await form.submit(Activity, activityFromDraft(draft, language, stored?.record), async (activity) => {
      const answer = await api.putActivity({
        params: { id: activity.id },
        body: activity,
        ...(stored === undefined ? { create: true } : { revision: stored.revision }),
      });
      return saveOutcomeOf(answer, stored === undefined, ACTIVITY_FORM);
    });
    if (saved?.kind === "saved") props.onSaved(stored?.record.id ?? draft.id.trim());
  };
  return (
    <RecordFormFrame form={form} labels={labels} isNew={stored === undefined} onSubmit={onSubmit} actions={props}>
      <FormField field="title" label={labels.title!} hint={t("hintOtherLanguages")} error={errorOf("title")} t={t}>
        <input
          {...describedBy("title", true, errorOf("title"))}
          class="wide"
          value={draft.title}
          onInput={(event) => set("title", event.currentTarget.value)}
        />
      </FormField>
      <FormField field="summary" label={labels.summary!} optional={t("optional")} error={errorOf("summary")} t={t}>
        <textarea
          {...describedBy("summary", false, errorOf("summary"))}
          rows={3}
          value={draft.summary}
          onInput={(event) => set("summary", event.currentTarget.value)}
        />
      </FormField>
      <FormField field="kind" label={labels.kind!} error={errorOf("kind")} t={t}>
        <select
          {...describedBy("kind", false, errorOf("kind"))}
          value={draft.kind}
          onChange={(event) => set("kind", event.currentTarget.value)}
        >
          {ACTIVITY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {codeLabelIn(ACTIVITY_KIND_LABELS, kind, language)}
            </option>
          ))}
        </select>
      </FormField>
      <ChoiceGroup
        field="topics"
        legend={labels.topics!}
        options={ACTIVITY_TOPICS.map((topic) => [topic, codeLabelIn(ACTIVITY_TOPIC_LABELS, topic, language)] as const)}
        chosen={draft.topics}
        onChange={(topics) => set("topics", topics)}
        error={errorOf("topics")}
        t={t}
      />
      <PeriodFields draft={draft} set={set} errorOf={errorOf} t={t} />
      <FormField
        field="countries"
        label={labels.countries!}
        hint={t("hintCountries")}
        optional={t("optional")}
        error={errorOf("countries")}
        t={t}
      >
        <input
          {...describedBy("countries", true, errorOf("countries"))}
          dir="ltr"
          value={draft.countries}
          onInput={(event) => set("countries", event.currentTarget.value)}
        />
      </FormField>
      <ChoiceGroup
        field="mandates"
        legend={labels.mandates!}
        options={props.mandates.map((mandate) => [mandate.id, mandatePlainName(mandate, locale)] as const)}
        chosen={draft.mandates}
        onChange={(mandates) => set("mandates", mandates)}
        error={errorOf("mandates")}
        t={t}
      />
    </RecordFormFrame>
  );
}
