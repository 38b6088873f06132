import { display, type LocalizedText } from "@remit/core";
import { languageName } from "../i18n/LanguageNames";
import { useLocale, type Locale } from "../i18n/Locale";

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

/**
 * The marker of a record's text shown in another language than the reader's ("only in English"),
 * or undefined when the text is in the reader's language: for places that draw text without
 * markup (an option of a list, a box of the lineage graph, a heading's message).
 */
export function fallbackMarker(text: LocalizedText, locale: Locale): string | undefined {
  const shown = display(text, [locale.language]);
  return shown.isFallback
    ? `(${locale.t("onlyIn", { language: languageName(shown.language, locale.language) })})`
    : undefined;
}

/** A record's text as plain text, with its marker when it is in another language than the reader's. */
export function recordTextPlain(text: LocalizedText, locale: Locale): string {
  const marker = fallbackMarker(text, locale);
  const shown = display(text, [locale.language]).text;
  return marker === undefined ? shown : `${shown} ${marker}`;
}
