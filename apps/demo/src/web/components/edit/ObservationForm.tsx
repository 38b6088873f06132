import { Observation, QUALIFIERS, type DocumentProvenance, type Indicator } from "@remit/core";
import { api } from "../../data/Api";
import { OBSERVATION_FORM, observationDraft, observationFromDraft } from "../../data/ObservationDraft";
import { saveOutcomeOf } from "../../data/SaveOutcome";
import { useLocale } from "../../i18n/Locale";
import { editTranslator, type EditTranslate } from "../../i18n/edit/EditCatalogs";
import { recordTextPlain } from "../RecordText";
import { describedBy, FormField } from "./FormField";
import { PeriodFields } from "./RecordFields";
import { recordLabels, RecordFormFrame, type StoredRecord } from "./RecordFormFrame";
import { useRecordForm } from "./useRecordForm";

const QUALIFIER_WORDS = {
  exact: "qualifierExact",
  atLeast: "qualifierAtLeast",
  atMost: "qualifierAtMost",
  nearly: "qualifierNearly",
  approximately: "qualifierApproximately",
} as const satisfies Record<(typeof QUALIFIERS)[number], Parameters<EditTranslate>[0]>;

/**
 * The form of one result (an observation) of an activity: new, with the activity's own source
 * proposed, or stored (replaced with If-Match: its revision). A share keeps its value.
 */
export function ObservationForm(props: {
  readonly activityId: string;
  readonly activitySource: DocumentProvenance | undefined;
  readonly stored: StoredRecord<Observation> | undefined;
  readonly indicators: readonly Indicator[];
  readonly onSaved: () => void;
  readonly onReload: () => void;
  readonly onCancel: () => void;
}) {
  const locale = useLocale();
  const { language } = locale;
  const t = editTranslator(language);
  const { stored } = props;
  const form = useRecordForm(observationDraft(stored?.record, props.activitySource), OBSERVATION_FORM);
  const { draft, set, errorOf } = form;
  const share = stored !== undefined && !("qualifier" in stored.record.value);
  const labels: Record<string, string> = {
    ...recordLabels(t),
    indicator: t("fieldIndicator"),
    value: t("fieldValue"),
    qualifier: t("fieldQualifier"),
    unit: t("fieldUnit"),
  };
  const onSubmit = async () => {
    const saved = await form.submit(
      Observation,
      observationFromDraft(draft, props.activityId, stored?.record),
      async (observation) => {
        const answer = await api.putObservation({
          params: { id: observation.id },
          body: observation,
          ...(stored === undefined ? { create: true } : { revision: stored.revision }),
        });
        return saveOutcomeOf(answer, stored === undefined, OBSERVATION_FORM);
      },
    );
    if (saved?.kind === "saved") props.onSaved();
  };
  return (
    <RecordFormFrame form={form} labels={labels} isNew={stored === undefined} onSubmit={onSubmit} actions={props}>
      <FormField field="indicator" label={labels.indicator!} error={errorOf("indicator")} t={t}>
        <select
          {...describedBy("indicator", false, errorOf("indicator"))}
          value={draft.indicator}
          onChange={(event) => set("indicator", event.currentTarget.value)}
        >
          <option value="">—</option>
          {props.indicators.map((indicator) => (
            <option key={indicator.id} value={indicator.id}>
              {recordTextPlain(indicator.name, locale)}
            </option>
          ))}
        </select>
      </FormField>
      {share ? (
        <p class="hint">{t("shareKept")}</p>
      ) : (
        <div class="form-row">
          <FormField field="qualifier" label={labels.qualifier!} error={errorOf("qualifier")} t={t}>
            <select
              {...describedBy("qualifier", false, errorOf("qualifier"))}
              value={draft.qualifier}
              onChange={(event) => set("qualifier", event.currentTarget.value)}
            >
              {QUALIFIERS.map((qualifier) => (
                <option key={qualifier} value={qualifier}>
                  {t(QUALIFIER_WORDS[qualifier])}
                </option>
              ))}
            </select>
          </FormField>
          <FormField field="value" label={labels.value!} error={errorOf("value")} t={t}>
            <input
              {...describedBy("value", false, errorOf("value"))}
              dir="ltr"
              inputMode="decimal"
              value={draft.value}
              onInput={(event) => set("value", event.currentTarget.value)}
            />
          </FormField>
          <FormField
            field="unit"
            label={labels.unit!}
            hint={t("hintUnit")}
            optional={t("optional")}
            error={errorOf("unit")}
            t={t}
          >
            <input
              {...describedBy("unit", true, errorOf("unit"))}
              dir="ltr"
              value={draft.unit}
              onInput={(event) => set("unit", event.currentTarget.value)}
            />
          </FormField>
        </div>
      )}
      <PeriodFields draft={draft} set={set} errorOf={errorOf} t={t} />
    </RecordFormFrame>
  );
}
