import { display, type LocalizedText } from "@remit/core";
import { languageName } from "../i18n/LanguageNames";
import { useLocale } from "../i18n/Locale";

/**
 * A record's own text in the reader's language, or in the language it exists in with a
 * visible marker ("only in Chinese"), marked with its language and direction so that screen
 * readers and the bidi algorithm read it right.
 */
export function RecordText(props: { readonly text: LocalizedText | undefined }) {
  const { language, t } = useLocale();
  if (props.text === undefined) return null;
  const shown = display(props.text, [language]);
  if (!shown.isFallback) return <span>{shown.text}</span>;
  return (
    <span>
      <span lang={shown.language} dir={shown.direction}>
        {shown.text}
      </span>{" "}
      <span class="fallback-marker">({t("onlyIn", { language: languageName(shown.language, language) })})</span>
    </span>
  );
}
