import type { Language } from "../text/Language";
import { parseCitation } from "./CitationParser";
import { formatCitationIn } from "./CitationWords";

/**
 * A mandate's label in a reader's language: a citation the records give in English ("CCPCJ
 * resolution 26/4") is written as the documents of that language cite it, with the body's
 * official name ("预防犯罪和刑事司法委员会第26/4号决议", "résolution 26/4 de la Commission pour la
 * prévention du crime et la justice pénale"). In English, a symbol, or a label that is no
 * citation, it keeps its words.
 * @example citationLabelIn("CCPCJ resolution 22/8", "zh") // "预防犯罪和刑事司法委员会第22/8号决议"
 */
export function citationLabelIn(label: string, language: Language): string {
  if (language === "en") return label;
  const parsed = parseCitation(label);
  return parsed.ok ? formatCitationIn(parsed.value, language) : label;
}
