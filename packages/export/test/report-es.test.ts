// The 2021 report in Spanish: UN Spanish usage for figures, dates, sessions and names.
import { spanishMeetingOrdinal } from "@remit/core";
import { SPANISH_REPORT_TEMPLATES } from "@remit/dataset";
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

const { report, english } = reportsIn("es");

describe("the 2021 report in Spanish", () => {
  it("has the paragraphs of the English report, numbered as the source numbers them", () => {
    expect(numbering(report)).toEqual(numbering(english));
    expect(numbering(report)).toHaveLength(39);
  });

  it("groups thousands with a point from four digits and keeps every qualifier: «más de 5.600»", () => {
    expect(figureText(report, 25, "teachers")).toBe("más de 5.600");
    expect(figureText(report, 17, "trained")).toBe("2.440");
    expect(figureText(report, 29, "laws")).toBe("más de 1.500");
    expect(figureText(report, 32, "reached")).toBe("más de 24.400");
    expect(paragraphText(report, 30)).toContain("más de 2,8 millones de impresiones");
    expect(paragraphText(report, 33)).toContain("28,5 millones de visualizaciones");
  });

  it("puts the article before a share, «el 85%», «más del 50%», and says 'by 2020' as «para 2020»", () => {
    const p21 = paragraphText(report, 21);
    expect(p21).toContain("el 85% de los cuales");
    expect(p21).toContain("En El Salvador, para 2020, más del 50% de los casos");
    expect(p21).toContain("7 de cada 10 niños víctimas de explotación y abusos sexuales en línea eran niñas");
  });

  it("numbers sessions «30º período de sesiones» and meetings in words", () => {
    expect(report.destination.lines).toContain("30º período de sesiones");
    expect([1, 6, 7, 10, 11].map(spanishMeetingOrdinal)).toEqual(["primera", "sexta", "séptima", "décima", "11ª"]);
    expect(paragraphText(report, 36)).toContain(
      "Está previsto que su séptima reunión se celebre del 6 al 8 de abril de 2021.",
    );
  });

  it("writes dates with their preposition: «el 1 de octubre de 2020», «a más tardar el 1 de marzo de 2021»", () => {
    expect(paragraphText(report, 11)).toContain("El 1 de octubre de 2020, se informó a los Estados Miembros");
    expect(paragraphText(report, 11)).toContain("a más tardar el 1 de marzo de 2021");
    expect(paragraphText(report, 12)).toContain("previsto inicialmente del 20 al 22 de enero de 2021");
  });

  it("names places by their UN Spanish names and bodies with contracted articles", () => {
    expect(paragraphText(report, 14)).toContain("En Belice,");
    expect(paragraphText(report, 18)).toMatch(/^En Asia sudoriental,/u);
    expect(paragraphText(report, 7)).toContain("por conducto del Programa Mundial contra el Delito Cibernético");
    expect(report.summary[0]?.text).toContain("la resolución 74/173 de la Asamblea General");
  });

  it("is Spanish HTML, left to right, with no template syntax left in it", () => {
    expect(htmlRoot(report)).toBe('<html lang="es" dir="ltr">');
    expect(bodyText(report)).not.toMatch(TEMPLATE_LEFTOVER);
    expect(SPANISH_REPORT_TEMPLATES.labels.reportBy).toBe("Informe del Secretario General");
  });
});
