import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { useLocale } from "../i18n/Locale";

/**
 * A page whose code loads the first time it is shown (its own chunk), so the dashboard's
 * first load does not carry every page. Later visits draw it at once.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let component: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  return function LazyPage(props: P) {
    const { t } = useLocale();
    const [failure, setFailure] = useState<string | undefined>(undefined);
    const [, setLoaded] = useState(component !== undefined);
    useEffect(() => {
      if (component !== undefined) return;
      let current = true;
      pending ??= load().then((loaded) => (component = loaded));
      pending.then(
        () => current && setLoaded(true),
        (error: unknown) => {
          pending = undefined;
          if (current) setFailure(error instanceof Error ? error.message : String(error));
        },
      );
      return () => {
        current = false;
      };
    }, []);
    if (component !== undefined) {
      const Page = component;
      return <Page {...props} />;
    }
    return failure === undefined ? (
      <p class="status loading" role="status">
        {t("loading")}
      </p>
    ) : (
      <p class="problem" role="alert">
        {t("loadFailed", { reason: failure })}
      </p>
    );
  };
}
