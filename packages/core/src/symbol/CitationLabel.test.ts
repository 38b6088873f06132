import { describe, expect, it } from "vitest";
import { citationLabelIn } from "./CitationLabel";
import { formatCitationIn } from "./CitationWords";

const commission = { bodyId: "ccpcj", kind: "resolution", session: 26, number: 4 } as const;
const assembly = { bodyId: "ga", kind: "resolution", session: 74, number: 173 } as const;
const council = { bodyId: "ecosoc", kind: "decision", year: 2010, number: 243 } as const;

describe("a citation in each of the six languages, with the body's official name", () => {
  it("Chinese: 第…号决议 after the body", () => {
    expect(formatCitationIn(commission, "zh")).toBe("预防犯罪和刑事司法委员会第26/4号决议");
    expect(formatCitationIn(council, "zh")).toBe("经济及社会理事会第2010/243号决定");
  });

  it("French: the kind, the number, then the body with its article", () => {
    expect(formatCitationIn(commission, "fr")).toBe(
      "résolution 26/4 de la Commission pour la prévention du crime et la justice pénale",
    );
    expect(formatCitationIn(assembly, "fr")).toBe("résolution 74/173 de l’Assemblée générale");
    expect(formatCitationIn(council, "fr")).toBe("décision 2010/243 du Conseil économique et social");
  });

  it("Spanish: the kind, the number, then the body with its article", () => {
    expect(formatCitationIn(commission, "es")).toBe(
      "resolución 26/4 de la Comisión de Prevención del Delito y Justicia Penal",
    );
    expect(formatCitationIn(council, "es")).toBe("decisión 2010/243 del Consejo Económico y Social");
  });

  it("Russian: the kind, the number, then the body in the genitive", () => {
    expect(formatCitationIn(commission, "ru")).toBe(
      "резолюция 26/4 Комиссии по предупреждению преступности и уголовному правосудию",
    );
    expect(formatCitationIn(assembly, "ru")).toBe("резолюция 74/173 Генеральной Ассамблеи");
    expect(formatCitationIn(council, "ru")).toBe("решение 2010/243 Экономического и Социального Совета");
  });

  it("Arabic: the kind, the body as the second term of the construct, then the number", () => {
    expect(formatCitationIn(commission, "ar")).toBe("قرار لجنة منع الجريمة والعدالة الجنائية 26/4");
    expect(formatCitationIn(assembly, "ar")).toBe("قرار الجمعية العامة 74/173");
    expect(formatCitationIn(council, "ar")).toBe("مقرر المجلس الاقتصادي والاجتماعي 2010/243");
  });

  it("English: as the documents write it", () => {
    expect(formatCitationIn(assembly, "en")).toBe("General Assembly resolution 74/173");
  });

  it("no Latin letters in the Arabic, Chinese and Russian citations", () => {
    for (const language of ["ar", "zh", "ru"] as const) {
      for (const citation of [commission, assembly, council]) {
        expect(formatCitationIn(citation, language)).not.toMatch(/[A-Za-z]/);
      }
    }
  });
});

describe("a mandate's label in the reader's language", () => {
  it("a citation the records give in English reads as the reader's language cites it", () => {
    expect(citationLabelIn("CCPCJ resolution 22/8", "zh")).toBe("预防犯罪和刑事司法委员会第22/8号决议");
    expect(citationLabelIn("CCPCJ resolution 26/4", "fr")).toBe(
      "résolution 26/4 de la Commission pour la prévention du crime et la justice pénale",
    );
    expect(citationLabelIn("GA resolution 74/173", "ar")).toBe("قرار الجمعية العامة 74/173");
  });

  it("English, a symbol and a label that is no citation keep their words", () => {
    expect(citationLabelIn("CCPCJ resolution 22/8", "en")).toBe("CCPCJ resolution 22/8");
    expect(citationLabelIn("A/RES/74/173", "zh")).toBe("A/RES/74/173");
    expect(citationLabelIn("Salvador Declaration", "ru")).toBe("Salvador Declaration");
  });
});
