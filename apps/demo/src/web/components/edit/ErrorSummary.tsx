import { useEffect, useRef } from "preact/hooks";
import type { FieldError } from "../../data/FieldErrors";
import type { EditTranslate } from "../../i18n/edit/EditCatalogs";
import { useLocale } from "../../i18n/Locale";
import { errorText, fieldId } from "./FormField";

/**
 * The problems of a refused form, listed at its top: announced as an alert and focused when
 * they appear, each a link to its field. `attempt` counts submissions, so that the same
 * problems found again are announced again.
 */
export function ErrorSummary(props: {
  readonly errors: readonly FieldError[];
  readonly labels: Readonly<Record<string, string>>;
  readonly attempt: number;
  readonly t: EditTranslate;
}) {
  const { errors, labels, t } = props;
  const { language } = useLocale();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) box.current?.focus();
  }, [errors, props.attempt]);
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={box}>
      <p class="error-summary-title">{t("errorSummary", { count: errors.length })}</p>
      <ul>
        {errors.map((error) => (
          <li key={error.field}>
            {error.field === "" || labels[error.field] === undefined ? (
              `${t("otherProblems")}: ${errorText(t, error, language)}`
            ) : (
              <a href={`#${fieldId(error.field)}`}>
                {labels[error.field]}: {errorText(t, error, language)}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
