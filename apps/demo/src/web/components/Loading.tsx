import type { ComponentChildren } from "preact";
import type { Loaded } from "../data/useLoad";
import { useLocale } from "../i18n/Locale";

/** Draws loaded data with `children`, or says it is loading, or why it failed. */
export function Loading<T>(props: { readonly loaded: Loaded<T>; readonly children: (value: T) => ComponentChildren }) {
  const { t } = useLocale();
  if (props.loaded.state === "loading")
    return (
      <p class="status loading" role="status">
        {t("loading")}
      </p>
    );
  if (props.loaded.state === "failed")
    return (
      <p class="problem" role="alert">
        {t("loadFailed", { reason: props.loaded.message })}
      </p>
    );
  return <>{props.children(props.loaded.value)}</>;
}
