import type { FieldError } from "../../data/FieldErrors";
import type { RecordDraft } from "../../data/RecordDraft";
import type { EditTranslate } from "../../i18n/edit/EditCatalogs";
import { describedBy, FormField } from "./FormField";

interface CommonProps<D extends RecordDraft> {
  readonly draft: D;
  readonly set: <K extends keyof D>(field: K, value: D[K]) => void;
  readonly errorOf: (field: string) => FieldError | undefined;
  readonly t: EditTranslate;
}

/** From and to, each a partial date as core reads it. */
export function PeriodFields<D extends RecordDraft>(props: CommonProps<D>) {
  const { draft, t, errorOf } = props;
  return (
    <div class="form-row">
      <FormField
        field="periodStart"
        label={t("fieldPeriodStart")}
        hint={t("hintDate")}
        error={errorOf("periodStart")}
        t={t}
      >
        <input
          {...describedBy("periodStart", true, errorOf("periodStart"))}
          dir="ltr"
          value={draft.periodStart}
          onInput={(event) => props.set("periodStart", event.currentTarget.value)}
        />
      </FormField>
      <FormField
        field="periodEnd"
        label={t("fieldPeriodEnd")}
        optional={t("optional")}
        error={errorOf("periodEnd")}
        t={t}
      >
        <input
          {...describedBy("periodEnd", false, errorOf("periodEnd"))}
          dir="ltr"
          value={draft.periodEnd}
          onInput={(event) => props.set("periodEnd", event.currentTarget.value)}
        />
      </FormField>
    </div>
  );
}

/** The document a record was stated in: its symbol, paragraphs and the quote. */
export function SourceFields<D extends RecordDraft>(props: CommonProps<D>) {
  const { draft, t, errorOf } = props;
  return (
    <fieldset class="form-group">
      <legend>{t("sourceLegend")}</legend>
      <div class="form-row">
        <FormField
          field="sourceSymbol"
          label={t("fieldSourceSymbol")}
          hint={t("hintSourceSymbol")}
          error={errorOf("sourceSymbol")}
          t={t}
        >
          <input
            {...describedBy("sourceSymbol", true, errorOf("sourceSymbol"))}
            dir="ltr"
            value={draft.sourceSymbol}
            onInput={(event) => props.set("sourceSymbol", event.currentTarget.value)}
          />
        </FormField>
        <FormField
          field="sourceParagraphs"
          label={t("fieldSourceParagraphs")}
          hint={t("hintParagraphs")}
          error={errorOf("sourceParagraphs")}
          t={t}
        >
          <input
            {...describedBy("sourceParagraphs", true, errorOf("sourceParagraphs"))}
            dir="ltr"
            value={draft.sourceParagraphs}
            onInput={(event) => props.set("sourceParagraphs", event.currentTarget.value)}
          />
        </FormField>
      </div>
      <FormField
        field="sourceQuote"
        label={t("fieldSourceQuote")}
        optional={t("optional")}
        error={errorOf("sourceQuote")}
        t={t}
      >
        <textarea
          {...describedBy("sourceQuote", false, errorOf("sourceQuote"))}
          rows={2}
          value={draft.sourceQuote}
          onInput={(event) => props.set("sourceQuote", event.currentTarget.value)}
        />
      </FormField>
    </fieldset>
  );
}
