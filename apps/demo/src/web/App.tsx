import { useEffect, useState } from "preact/hooks";
import { Layout } from "./components/Layout";
import { loadedLocale, loadLocale, LocaleProvider, useLocale, type Locale } from "./i18n/Locale";
import { ActivitiesPage } from "./pages/ActivitiesPage";
import { ActivityPage } from "./pages/ActivityPage";
import { DashboardPage } from "./pages/DashboardPage";
import { lazyPage } from "./routing/lazyPage";
import { parseRoute, hrefOf, type Route } from "./routing/Route";
import { directionOf } from "@remit/core";

const MandatesPage = lazyPage(() => import("./pages/MandatesPage").then((module) => module.MandatesPage));
const MandatePage = lazyPage(() => import("./pages/MandatePage").then((module) => module.MandatePage));

const SessionsPage = lazyPage(() => import("./pages/SessionsPage").then((module) => module.SessionsPage));
const SessionPage = lazyPage(() => import("./pages/SessionPage").then((module) => module.SessionPage));
const LivePage = lazyPage(() => import("./pages/LivePage").then((module) => module.LivePage));
const ProjectorPage = lazyPage(() => import("./pages/ProjectorPage").then((module) => module.ProjectorPage));

const ReportPage = lazyPage(() => import("./pages/ReportPage").then((module) => module.ReportPage));
const SignInPage = lazyPage(() => import("./pages/SignInPage").then((module) => module.SignInPage));
const EditPage = lazyPage(() => import("./pages/EditPage").then((module) => module.EditPage));
const ExportsPage = lazyPage(() => import("./pages/ExportsPage").then((module) => module.ExportsPage));

function currentRoute(): Route | undefined {
  return parseRoute(location.pathname, location.search);
}

function NotFoundPage() {
  const { language, t } = useLocale();
  return (
    <>
      <h1>{t("notFound")}</h1>
      <p>
        <a href={hrefOf({ language, page: "dashboard" })}>{t("backToDashboard")}</a>
      </p>
    </>
  );
}

function PageOf(props: { readonly route: Route }) {
  switch (props.route.page) {
    case "dashboard":
      return <DashboardPage route={props.route} />;
    case "activities":
      return <ActivitiesPage route={props.route} />;
    case "activity":
      return <ActivityPage route={props.route} />;
    case "mandates":
      return <MandatesPage />;
    case "mandate":
      return <MandatePage route={props.route} />;
    case "sessions":
      return <SessionsPage route={props.route} />;
    case "session":
      return <SessionPage route={props.route} />;
    case "live":
      return <LivePage route={props.route} />;
    case "report":
      return <ReportPage route={props.route} />;
    case "exports":
      return <ExportsPage route={props.route} />;
    case "sign-in":
      return <SignInPage route={props.route} />;
    case "edit":
      return <EditPage route={props.route} />;
    default:
      return <NotFoundPage />;
  }
}

/** The app: the page of the current address, in its language, re-drawn on every navigation. */
export function App() {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const follow = () => setRoute(currentRoute());
    window.addEventListener("popstate", follow);
    return () => window.removeEventListener("popstate", follow);
  }, []);
  const language = route?.language ?? "en";
  // Until the catalog of a newly chosen language arrives, the page stays in the previous one.
  const [locale, setLocale] = useState<Locale | undefined>(() => loadedLocale(language));
  useEffect(() => {
    let current = true;
    // A catalog that fails to load leaves the page in the language it was in.
    loadLocale(language).then(
      (next) => current && setLocale(next),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [language]);
  const shownLanguage = locale?.language;
  useEffect(() => {
    if (shownLanguage === undefined) return;
    document.documentElement.lang = shownLanguage;
    document.documentElement.dir = directionOf(shownLanguage);
  }, [shownLanguage]);
  if (locale === undefined) return null;
  const shown = route ?? { language, page: "dashboard" as const, query: new URLSearchParams() };
  return (
    <LocaleProvider value={locale}>
      {route?.page === "projector" ? (
        // The projector view is the clock alone, full screen: no masthead, no navigation.
        <ProjectorPage route={route} />
      ) : (
        <Layout route={shown}>{route === undefined ? <NotFoundPage /> : <PageOf route={route} />}</Layout>
      )}
    </LocaleProvider>
  );
}
