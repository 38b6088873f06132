import { LiveClock } from "../components/live/LiveClock";
import { useLiveSession } from "../data/LiveSession";
import { useLocale } from "../i18n/Locale";
import { liveTranslator } from "../i18n/live/LiveCatalogs";
import type { Route } from "../routing/Route";

/**
 * The projector view of a discussion's speakers' list: the clock alone, in large type, on a
 * screen of its own. It follows the moderator through the API's event stream, so it may be
 * opened on any machine and served by any API process on the same store.
 */
export function ProjectorPage(props: { readonly route: Route }) {
  const { language } = useLocale();
  const t = liveTranslator(language);
  const follow = useLiveSession(props.route.id ?? "");
  return (
    <main id="main" class="projector">
      <h1 class="live-announcement">{t("projectorTitle")}</h1>
      <LiveClock follow={follow} now={follow.now} />
      {follow.connected ? <p class="live-follows">{t("followingLive")}</p> : <p role="status">{t("connectionLost")}</p>}
    </main>
  );
}
