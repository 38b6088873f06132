import type { Language } from "../text/Language";
import { citationNumber, formatCitation, type Citation, type CitationBodyId, type CitationKind } from "./Citation";

/**
 * How one language cites a body's resolutions and decisions: the words for the two kinds and
 * the body's official name in the form the citation needs (French and Spanish with the
 * article the preposition takes, Russian in the genitive, Arabic as the second term of the
 * construct after قرار).
 */
interface CitationWording {
  readonly kind: Readonly<Record<CitationKind, string>>;
  readonly body: Readonly<Record<CitationBodyId, string>>;
  /** The citation from its parts: the kind's word, the body's name and "74/173". */
  readonly cite: (kind: string, body: string, number: string) => string;
}

// The organs' official names in each language, as the UN's own documents write them.
const WORDING: Readonly<Record<Exclude<Language, "en" | "zh">, CitationWording>> = {
  fr: {
    kind: { resolution: "résolution", decision: "décision" },
    body: {
      ga: "de l’Assemblée générale",
      ecosoc: "du Conseil économique et social",
      ccpcj: "de la Commission pour la prévention du crime et la justice pénale",
    },
    cite: (kind, body, number) => `${kind} ${number} ${body}`,
  },
  es: {
    kind: { resolution: "resolución", decision: "decisión" },
    body: {
      ga: "de la Asamblea General",
      ecosoc: "del Consejo Económico y Social",
      ccpcj: "de la Comisión de Prevención del Delito y Justicia Penal",
    },
    cite: (kind, body, number) => `${kind} ${number} ${body}`,
  },
  ru: {
    kind: { resolution: "резолюция", decision: "решение" },
    body: {
      ga: "Генеральной Ассамблеи",
      ecosoc: "Экономического и Социального Совета",
      ccpcj: "Комиссии по предупреждению преступности и уголовному правосудию",
    },
    cite: (kind, body, number) => `${kind} ${number} ${body}`,
  },
  ar: {
    kind: { resolution: "قرار", decision: "مقرر" },
    body: {
      ga: "الجمعية العامة",
      ecosoc: "المجلس الاقتصادي والاجتماعي",
      ccpcj: "لجنة منع الجريمة والعدالة الجنائية",
    },
    cite: (kind, body, number) => `${kind} ${body} ${number}`,
  },
};

/**
 * Writes a citation the way the documents of a language do: "General Assembly resolution
 * 74/173", "大会第74/173号决议", "résolution 74/173 de l’Assemblée générale", "resolución 74/173
 * de la Asamblea General", "резолюция 74/173 Генеральной Ассамблеи", "قرار الجمعية العامة 74/173".
 * The bodies are named in full, with their official names in that language.
 * @example formatCitationIn({ bodyId: "ccpcj", kind: "resolution", session: 26, number: 4 }, "es") // "resolución 26/4 de la Comisión de Prevención del Delito y Justicia Penal"
 */
export function formatCitationIn(citation: Citation, language: Language): string {
  if (language === "en" || language === "zh") return formatCitation(citation, language);
  const wording = WORDING[language];
  return wording.cite(wording.kind[citation.kind], wording.body[citation.bodyId], citationNumber(citation));
}
