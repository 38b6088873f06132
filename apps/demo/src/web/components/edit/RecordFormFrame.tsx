import type { ComponentChildren } from "preact";
import type { RecordDraft } from "../../data/RecordDraft";
import { useLocale } from "../../i18n/Locale";
import { editTranslator, type EditTranslate } from "../../i18n/edit/EditCatalogs";
import { ErrorSummary } from "./ErrorSummary";
import { describedBy, FormField } from "./FormField";
import { SourceFields } from "./RecordFields";
import { SaveNotice } from "./SaveNotice";
import type { RecordForm } from "./useRecordForm";

/** A record as the API gives it: the record and the revision to send back in If-Match. */
export interface StoredRecord<T> {
  readonly record: T;
  readonly revision: number;
}

/** The labels of the fields every record form has, for the error summary. */
export function recordLabels(t: EditTranslate): Record<keyof RecordDraft, string> {
  return {
    id: t("fieldId"),
    periodStart: t("fieldPeriodStart"),
    periodEnd: t("fieldPeriodEnd"),
    sourceSymbol: t("fieldSourceSymbol"),
    sourceParagraphs: t("fieldSourceParagraphs"),
    sourceQuote: t("fieldSourceQuote"),
  };
}

/**
 * What every record form has around its own fields: the summary of its problems, what a
 * refused save needs, the id (asked of a new record only, a stored one keeps its own), the
 * source, and the buttons. The kind's own fields, its period among them, are the children.
 */
export function RecordFormFrame<D extends RecordDraft>(props: {
  readonly form: RecordForm<D>;
  readonly labels: Readonly<Record<string, string>>;
  readonly isNew: boolean;
  readonly onSubmit: () => Promise<void>;
  /** What the page does when the person reloads a stale record, or cancels. */
  readonly actions: { readonly onReload: () => void; readonly onCancel: () => void };
  readonly children: ComponentChildren;
}) {
  const { form } = props;
  const t = editTranslator(useLocale().language);
  const { draft, set, errorOf } = form;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void props.onSubmit();
  };
  return (
    <form class="record-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={props.labels} attempt={form.attempt} t={t} />
      <SaveNotice outcome={form.outcome} onReload={props.actions.onReload} t={t} />
      {props.isNew ? (
        <FormField field="id" label={t("fieldId")} hint={t("hintId")} error={errorOf("id")} t={t}>
          <input
            {...describedBy("id", true, errorOf("id"))}
            dir="ltr"
            autoComplete="off"
            value={draft.id}
            onInput={(event) => set("id", event.currentTarget.value)}
          />
        </FormField>
      ) : null}
      {props.children}
      <SourceFields draft={draft} set={set} errorOf={errorOf} t={t} />
      <div class="form-actions">
        <button type="submit" disabled={form.saving}>
          {form.saving ? t("saving") : props.isNew ? t("create") : t("save")}
        </button>
        <button type="button" class="secondary" onClick={props.actions.onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
