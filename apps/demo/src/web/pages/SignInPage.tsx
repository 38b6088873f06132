import { createClient } from "@remit/web/client";
import { useEffect, useState } from "preact/hooks";
import { keepEditorToken } from "../data/Api";
import { useSignedIn } from "../data/useSignedIn";
import { formField } from "../routing/formField";
import { editTranslator } from "../i18n/edit/EditCatalogs";
import type { EditMessageKey } from "../i18n/edit/EditMessageSlots";
import { useLocale } from "../i18n/Locale";
import type { Route } from "../routing/Route";

/** What became of a sign-in: a message key, and the API's reason when it could not check. */
type SignInState =
  | { readonly kind: "idle" }
  | {
      readonly kind: "said";
      readonly message: Extract<EditMessageKey, "signedIn" | "signedOut" | "tokenEmpty" | "tokenUnknown">;
      readonly alert: boolean;
    }
  | { readonly kind: "failed"; readonly reason: string };

/**
 * Asks the API whether it knows a token: any call carrying an unknown or revoked token is
 * refused with 401, the health check included, so that one costs nothing to ask.
 */
async function checkToken(token: string): Promise<SignInState> {
  const answer = await createClient({ baseUrl: "/api", token }).getHealth({});
  if (answer.ok) return { kind: "said", message: "signedIn", alert: false };
  if (answer.error.status === 401) return { kind: "said", message: "tokenUnknown", alert: true };
  return { kind: "failed", reason: answer.error.message };
}

/** Only a path of this site is a place to go back to (never another site's address). */
function backOf(route: Route): string | undefined {
  const back = route.query.get("back");
  return back !== null && back.startsWith("/") && !back.startsWith("//") ? back : undefined;
}

/**
 * The sign-in page: an editor token pasted in (or brought by the demo's sign-in link, in the
 * address's fragment, which never reaches a server), checked with the API and kept for this
 * tab only (sessionStorage); signing out forgets it.
 */
export function SignInPage(props: { readonly route: Route }) {
  const { language } = useLocale();
  const t = editTranslator(language);
  const signedIn = useSignedIn();
  const [state, setState] = useState<SignInState>({ kind: "idle" });
  const back = backOf(props.route);

  const signIn = async (token: string) => {
    if (token === "") return setState({ kind: "said", message: "tokenEmpty", alert: true });
    const checked = await checkToken(token);
    setState(checked);
    if (checked.kind === "said" && checked.message === "signedIn") {
      keepEditorToken(token);
    }
  };

  useEffect(() => {
    const brought = /^#token=([^&]+)$/.exec(location.hash)?.[1];
    if (brought === undefined) return;
    // The token leaves the address at once: not kept in the history, not shown on screen.
    history.replaceState(null, "", location.pathname + location.search);
    void signIn(decodeURIComponent(brought));
  }, []);

  return (
    <>
      <h1>{t("signInTitle")}</h1>
      <p class="lead">{t("signInIntro")}</p>
      {state.kind === "idle" ? null : (
        <p
          class={state.kind === "failed" || state.alert ? "problem" : "status"}
          role={state.kind === "said" && !state.alert ? "status" : "alert"}
        >
          {state.kind === "failed" ? t("signInFailed", { reason: state.reason }) : t(state.message)}
        </p>
      )}
      {signedIn ? (
        <>
          {state.kind === "idle" ? <p>{t("signedIn")}</p> : null}
          <div class="form-actions">
            {back === undefined ? null : (
              <a href={back} class="button-link">
                {t("goBack")}
              </a>
            )}
            <button
              type="button"
              class="secondary"
              onClick={() => {
                keepEditorToken(undefined);
                setState({ kind: "said", message: "signedOut", alert: false });
              }}
            >
              {t("signOut")}
            </button>
          </div>
        </>
      ) : (
        <form
          class="record-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void signIn(formField(new FormData(event.currentTarget), "token").trim());
          }}
        >
          <p>{t("signInWhere")}</p>
          <div class="form-field">
            <label for="sign-in-token">{t("tokenLabel")}</label>
            <input id="sign-in-token" name="token" type="password" autoComplete="off" dir="ltr" class="wide" />
          </div>
          <div class="form-actions">
            <button type="submit">{t("signInButton")}</button>
            {back === undefined ? null : <a href={back}>{t("goBack")}</a>}
          </div>
        </form>
      )}
    </>
  );
}
