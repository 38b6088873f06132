import type { Language } from "../text/Language";
import { citationNumber, formatCitation, wordedCitationError, type Citation, type CitationRefusal } from "./Citation";
import { shown } from "./ShownText";
import { said, type SymbolSaid } from "./SymbolSaid";
import { formatSymbolSaid } from "./SymbolText";

/** A citation as a message (`citation`), worded from each language's catalog with the body's official name. @internal */
export function citationSaid(citation: Citation): SymbolSaid {
  const body = said("mean.citationBody", { body: citation.bodyId });
  return said("citation", { bodyId: citation.bodyId, body, kind: citation.kind, number: citationNumber(citation) });
}

/**
 * Writes a citation the way the documents of a language do: "General Assembly resolution
 * 74/173", "大会第74/173号决议", "résolution 74/173 de l’Assemblée générale", "resolución 74/173
 * de la Asamblea General", "резолюция 74/173 Генеральной Ассамблеи", "قرار الجمعية العامة 74/173".
 * The bodies are named in full, with their official names in that language (the symbol
 * catalogs' `citation` message).
 * @example formatCitationIn({ bodyId: "ccpcj", kind: "resolution", session: 26, number: 4 }, "es") // "resolución 26/4 de la Comisión de Prevención del Delito y Justicia Penal"
 */
export function formatCitationIn(citation: Citation, language: Language): string {
  if (language === "en") return formatCitation(citation, "en");
  return formatSymbolSaid(citationSaid(citation), language);
}

/**
 * A citation's refusal in a reader's language: where (character offset and part), what is
 * wrong, and what a valid citation looks like. English is a `InvalidCitation`'s own `message`.
 * Takes a `InvalidCitation` or the refusal a schema's issue carries in its `params`.
 * @example formatCitationErrorIn(parseCitation("decision 18/1").error, "fr") // "« decision 18/1 » n’est pas une citation valide : au caractère 0 (organe), la citation ne nomme aucun organe. …"
 */
export function formatCitationErrorIn(error: CitationRefusal, language: Language): string {
  if (language === "en") return "message" in error ? String(error.message) : wordedCitationError(error).message;
  const where = formatSymbolSaid(said("part", { part: error.part }), language);
  const reason = formatSymbolSaid(error.wording.reason, language);
  const message = formatSymbolSaid(
    said("citation.error", { input: shown(error.input), offset: error.offset, where, reason }),
    language,
  );
  if (error.wording.hint === undefined) return message;
  return formatSymbolSaid(
    said("error.hinted", { message, hint: formatSymbolSaid(error.wording.hint, language) }),
    language,
  );
}
