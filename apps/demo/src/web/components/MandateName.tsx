import { citationLabelIn, type Mandate } from "@remit/core";
import { useLocale, type Locale } from "../i18n/Locale";
import { hrefOf } from "../routing/Route";
import { RecordText, recordTextPlain } from "./RecordText";

/**
 * A mandate by its symbol or citation (as the language cites it: "大会第74/567号决定"), else (a
 * declaration) its title, linked to its page.
 */
export function MandateName(props: { readonly mandate: Pick<Mandate, "id" | "symbol" | "title"> }) {
  const { language } = useLocale();
  const { mandate } = props;
  return (
    <a href={hrefOf({ language, page: "mandate", id: mandate.id })}>
      {mandate.symbol !== undefined ? (
        citationLabelIn(mandate.symbol, language)
      ) : mandate.title === undefined ? (
        mandate.id
      ) : (
        <RecordText text={mandate.title} />
      )}
    </a>
  );
}

/** A mandate's name as plain text, for a choice of a list: its citation in the language, or its title with its marker. */
export function mandatePlainName(mandate: Pick<Mandate, "id" | "symbol" | "title">, locale: Locale): string {
  if (mandate.symbol !== undefined) return citationLabelIn(mandate.symbol, locale.language);
  return mandate.title === undefined ? mandate.id : recordTextPlain(mandate.title, locale);
}
