import { LANGUAGES } from "@remit/core";
import type { ComponentChildren } from "preact";
import { LANGUAGE_AUTONYMS } from "../i18n/LanguageNames";
import { useLocale } from "../i18n/Locale";
import type { PlainMessageKey } from "../i18n/UiMessages";
import { hrefOf, type Page, type Route } from "../routing/Route";
import { useSignedIn } from "../data/useSignedIn";

const NAVIGATION: readonly (readonly [Page, PlainMessageKey, readonly Page[]])[] = [
  ["dashboard", "navDashboard", ["dashboard"]],
  ["activities", "navActivities", ["activities", "activity", "edit"]],
  ["mandates", "navMandates", ["mandates", "mandate"]],
  ["sessions", "navSessions", ["sessions", "session"]],
  ["report", "navReport", ["report"]],
  ["exports", "navExports", ["exports"]],
];

/** The frame of every page: skip link, title, navigation, language switcher, main, footer. */
export function Layout(props: { readonly route: Route; readonly children: ComponentChildren }) {
  const { language, t } = useLocale();
  const { route } = props;
  const signedIn = useSignedIn();
  return (
    <>
      <a class="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <header class="masthead">
        <div class="brand">
          <a href={hrefOf({ language, page: "dashboard" })} class="brand-name">
            {t("appName")}
          </a>
          <span class="tagline">{t("tagline")}</span>
        </div>
        <nav aria-label={t("languageLabel")} class="languages">
          <ul>
            {LANGUAGES.map((code) => (
              <li key={code}>
                <a
                  href={hrefOf({ ...route, language: code })}
                  lang={code}
                  hreflang={code}
                  aria-current={code === language ? "true" : undefined}
                >
                  {LANGUAGE_AUTONYMS[code]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <nav aria-label={t("mainNavigation")} class="site-nav">
        <ul>
          {NAVIGATION.map(([page, label, current]) => (
            <li key={page}>
              <a href={hrefOf({ language, page })} aria-current={current.includes(route.page) ? "page" : undefined}>
                {t(label)}
              </a>
            </li>
          ))}
          <li class="sign-in">
            <a
              href={hrefOf({
                language,
                page: "sign-in",
                query: { back: route.page === "sign-in" ? undefined : location.pathname + location.search },
              })}
              aria-current={route.page === "sign-in" ? "page" : undefined}
            >
              {signedIn ? t("navSignedIn") : t("navSignIn")}
            </a>
          </li>
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {props.children}
      </main>
      <footer class="site-footer">{t("footer")}</footer>
    </>
  );
}
