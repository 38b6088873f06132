import type { Language } from "../text/Language";
import { formatCitation } from "./Citation";
import { parseCitation } from "./CitationParser";

/**
 * A mandate's label in a reader's language where core can write it: a citation the records
 * give in English ("CCPCJ resolution 26/4") is written as Chinese cites it on a Chinese page
 * or listing. Citations are worded in English and Chinese only, so another language, a symbol
 * or a label that is no citation keeps its words.
 * @example citationLabelIn("CCPCJ resolution 22/8", "zh") // "预防犯罪和刑事司法委员会第22/8号决议"
 */
export function citationLabelIn(label: string, language: Language): string {
  if (language !== "zh") return label;
  const parsed = parseCitation(label);
  return parsed.ok ? formatCitation(parsed.citation, "zh") : label;
}
