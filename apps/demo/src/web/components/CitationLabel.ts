import { formatCitation, parseCitation, type Language } from "@remit/core";

/**
 * A mandate's label in the page's language where core can write it: a citation the records
 * give in English ("CCPCJ resolution 26/4") is written as Chinese cites it ("预防犯罪和刑事司法委员会第26/4号决议")
 * on a Chinese page. Core words citations in English and Chinese only, so other languages keep the label.
 */
export function citationLabelIn(label: string, language: Language): string {
  if (language !== "zh") return label;
  const parsed = parseCitation(label);
  return parsed.ok ? formatCitation(parsed.citation, "zh") : label;
}
