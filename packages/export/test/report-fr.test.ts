// The 2021 report in French: UN French usage for figures, dates, names and articles.
import { frenchOrdinal } from "@remit/core";
import { FRENCH_REPORT_TEMPLATES } from "@remit/dataset";
import { describe, expect, it } from "vitest";
import {
  bodyText,
  figureText,
  htmlRoot,
  numbering,
  paragraphText,
  reportsIn,
  TEMPLATE_LEFTOVER,
} from "./ReportLanguageSupport";

const { report, english } = reportsIn("fr");
const NBSP = /[\u00a0\u202f]/gu;
const plain = (text: string | undefined) => text?.replace(NBSP, " ");

describe("the 2021 report in French", () => {
  it("has the paragraphs of the English report, numbered as the source numbers them", () => {
    expect(numbering(report)).toEqual(numbering(english));
    expect(numbering(report)).toHaveLength(39);
  });

  it("writes every qualified figure as UN French does: « plus de 5 600 », « plus de 2,8 millions d'impressions »", () => {
    expect(plain(figureText(report, 25, "teachers"))).toBe("plus de 5 600");
    expect(plain(figureText(report, 18, "trained"))).toBe("plus de 130");
    expect(plain(figureText(report, 29, "laws"))).toBe("plus de 1 500");
    expect(plain(figureText(report, 32, "reached"))).toBe("plus de 24 400");
    expect(plain(paragraphText(report, 30))).toContain("plus de 2,8 millions d'impressions");
    expect(plain(paragraphText(report, 33))).toContain("vue 28,5 millions de fois");
    expect(plain(figureText(report, 22, "participants"))).toBe("7 832");
  });

  it("sets the percent sign off with a space and keeps « plus de » on a share", () => {
    const p21 = plain(paragraphText(report, 21)) ?? "";
    expect(p21).toContain("85 %");
    expect(p21).toContain("avait atteint plus de 50 % en 2020");
    expect(p21).toContain(
      "7 enfants victimes d'exploitation et d'atteintes sexuelles en ligne sur 10 étaient des filles",
    );
  });

  it("gives dates their preposition: « du 6 au 8 avril 2021 », « le 1er octobre 2020 », « au plus tard le 1er mars 2021 »", () => {
    expect(paragraphText(report, 36)).toContain("Sa septième réunion doit se tenir du 6 au 8 avril 2021.");
    expect(paragraphText(report, 11)).toContain("Le 1er octobre 2020, les États Membres ont été informés");
    expect(paragraphText(report, 11)).toContain("au plus tard le 1er mars 2021");
    expect(paragraphText(report, 12)).toContain("du 20 au 22 janvier 2021");
  });

  it("names places by their UN French names, with the right article and preposition", () => {
    expect(paragraphText(report, 13)).toContain(
      "basés en Autriche, en El Salvador, au Guatemala, au Sénégal et en Thaïlande",
    );
    expect(paragraphText(report, 14)).toContain("À la demande du Burkina Faso");
    expect(paragraphText(report, 14)).toContain("les autorités du Belize");
    expect(paragraphText(report, 25)).toContain("d'El Salvador, du Guatemala et du Honduras");
    expect(bodyText(report)).not.toMatch(/\bau Salvador\b|\bla Belize\b|\bl'Honduras\b/u);
  });

  it("names resolutions the French way: « la résolution 74/173 de l'Assemblée générale »", () => {
    expect(report.summary[0]?.text).toMatch(
      /^Le présent rapport a été établi en application de la résolution 74\/173 de l'Assemblée générale/u,
    );
    expect(paragraphText(report, 28)).toContain(
      "de la résolution 22/8 de la Commission pour la prévention du crime et la justice pénale",
    );
  });

  it("counts sessions and meetings in words", () => {
    expect([1, 7, 9, 21, 29, 30, 80, 91].map(frenchOrdinal)).toEqual([
      "premier",
      "septième",
      "neuvième",
      "vingt et unième",
      "vingt-neuvième",
      "trentième",
      "quatre-vingtième",
      "quatre-vingt-onzième",
    ]);
    expect(report.destination.lines).toContain("Trentième session");
    expect(paragraphText(report, 36)).toMatch(/^Le Groupe d'experts a tenu six réunions/u);
  });

  it("is French HTML, left to right, with no template syntax left in it", () => {
    expect(htmlRoot(report)).toBe('<html lang="fr" dir="ltr">');
    expect(bodyText(report)).not.toMatch(TEMPLATE_LEFTOVER);
    expect(FRENCH_REPORT_TEMPLATES.labels.reportBy).toBe("Rapport du Secrétaire général");
  });
});
