import type { Mandate } from "@remit/core";
import { useLocale } from "../i18n/Locale";
import { hrefOf } from "../routing/Route";
import { RecordText } from "./RecordText";

/** A mandate by its symbol or citation, else (a declaration) its title, linked to its page. */
export function MandateName(props: { readonly mandate: Pick<Mandate, "id" | "symbol" | "title"> }) {
  const { language } = useLocale();
  const { mandate } = props;
  return (
    <a href={hrefOf({ language, page: "mandate", id: mandate.id })}>
      {mandate.symbol ?? (mandate.title === undefined ? mandate.id : <RecordText text={mandate.title} />)}
    </a>
  );
}
