import { formatProblemReasonIn, type Language } from "@remit/core";
import type { ComponentChildren } from "preact";
import { useLocale } from "../../i18n/Locale";
import type { FieldError } from "../../data/FieldErrors";
import type { EditTranslate } from "../../i18n/edit/EditCatalogs";

/** The element id of a form field, for its label, its error and the error summary's link. */
export function fieldId(field: string): string {
  return `edit-${field}`;
}

/** A field error in the reader's language; a problem only the server found, from its wording when it has one. */
export function errorText(t: EditTranslate, error: FieldError, language: Language): string {
  if (error.problem !== "errorServer") return t(error.problem);
  const reason =
    error.serverProblem === undefined ? (error.detail ?? "") : formatProblemReasonIn(error.serverProblem, language);
  return t("errorServer", { reason });
}

/** The attributes that tie an input to its hint and error, for screen readers. */
export function describedBy(field: string, hint: boolean, error: FieldError | undefined) {
  const ids = [hint ? `${fieldId(field)}-hint` : "", error === undefined ? "" : `${fieldId(field)}-error`]
    .filter((id) => id !== "")
    .join(" ");
  return {
    id: fieldId(field),
    name: field,
    "aria-describedby": ids === "" ? undefined : ids,
    "aria-invalid": error === undefined ? undefined : ("true" as const),
  };
}

/** A labelled form field: its label, a hint, its error in words (announced with the summary), and the input. */
export function FormField(props: {
  readonly field: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly optional?: string | undefined;
  readonly error: FieldError | undefined;
  readonly t: EditTranslate;
  readonly children: ComponentChildren;
}) {
  const id = fieldId(props.field);
  const { language } = useLocale();
  return (
    <div class={props.error === undefined ? "form-field" : "form-field has-error"}>
      <label for={id}>
        {props.label}
        {props.optional === undefined ? null : <span class="optional"> ({props.optional})</span>}
      </label>
      {props.hint === undefined ? null : (
        <p id={`${id}-hint`} class="hint">
          {props.hint}
        </p>
      )}
      {props.error === undefined ? null : (
        <p id={`${id}-error`} class="field-error">
          {errorText(props.t, props.error, language)}
        </p>
      )}
      {props.children}
    </div>
  );
}

/** A group of checkboxes (topics, mandates) as one field with a legend. */
export function ChoiceGroup(props: {
  readonly field: string;
  readonly legend: string;
  readonly options: readonly (readonly [value: string, label: string])[];
  readonly chosen: readonly string[];
  readonly onChange: (chosen: string[]) => void;
  readonly error: FieldError | undefined;
  readonly t: EditTranslate;
}) {
  const id = fieldId(props.field);
  const { language } = useLocale();
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      class={props.error === undefined ? "form-field choices" : "form-field choices has-error"}
      aria-describedby={props.error === undefined ? undefined : `${id}-error`}
    >
      <legend>{props.legend}</legend>
      {props.error === undefined ? null : (
        <p id={`${id}-error`} class="field-error">
          {errorText(props.t, props.error, language)}
        </p>
      )}
      <div class="choice-list">
        {props.options.map(([value, label]) => (
          <label key={value} class="choice">
            <input
              type="checkbox"
              name={props.field}
              value={value}
              checked={props.chosen.includes(value)}
              onChange={(event) =>
                props.onChange(
                  event.currentTarget.checked
                    ? [...props.chosen, value]
                    : props.chosen.filter((chosen) => chosen !== value),
                )
              }
            />{" "}
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
