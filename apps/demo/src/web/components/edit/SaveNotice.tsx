import type { SaveOutcome } from "../../data/SaveOutcome";
import type { EditTranslate } from "../../i18n/edit/EditCatalogs";
import { useLocale } from "../../i18n/Locale";
import { hrefOf } from "../../routing/Route";

/**
 * What a refused save needs from the person, as an alert: sign in (with a link back here),
 * another token, or (a stale edit) reloading the record, which drops the changes made here.
 */
export function SaveNotice(props: {
  readonly outcome: SaveOutcome | undefined;
  readonly onReload: () => void;
  readonly t: EditTranslate;
}) {
  const { language } = useLocale();
  const { outcome, t } = props;
  if (outcome === undefined || outcome.kind === "saved" || outcome.kind === "invalid") return null;
  const signIn = (
    <a href={hrefOf({ language, page: "sign-in", query: { back: location.pathname + location.search } })}>
      {t("signInLink")}
    </a>
  );
  return (
    <div class="save-notice" role="alert">
      {outcome.kind === "stale" ? (
        <>
          <p>{t("staleEdit")}</p>
          <button type="button" onClick={props.onReload}>
            {t("reload")}
          </button>
        </>
      ) : outcome.kind === "signIn" ? (
        <p>
          {t("needSignIn")} {signIn}
        </p>
      ) : outcome.kind === "forbidden" ? (
        <p>
          {t("forbidden")} {signIn}
        </p>
      ) : (
        <p>{t("saveFailed", { reason: outcome.reason })}</p>
      )}
    </div>
  );
}
