import type { Language } from "@remit/core";
import type { IFontAttributesProperties, IStylesOptions } from "docx";

/**
 * The fonts of each script: Times New Roman for Latin and Cyrillic text, SimSun for Chinese
 * (East Asian runs) and Arial for Arabic (complex-script runs), the faces UN documents use
 * in Word. A reader without SimSun gets the system's Chinese font: Word and LibreOffice
 * substitute per glyph, so the characters show either way.
 */
export const REPORT_FONTS: IFontAttributesProperties = {
  ascii: "Times New Roman",
  hAnsi: "Times New Roman",
  eastAsia: "SimSun",
  cs: "Arial",
};

/** The language tags of a document's text runs, so that spell-checking and line breaking follow the language. */
function languageTags(language: Language): {
  readonly value: string;
  readonly eastAsia: string;
  readonly bidirectional: string;
} {
  const tags: Record<Language, string> = {
    ar: "ar-SA",
    zh: "zh-CN",
    en: "en-GB",
    fr: "fr-FR",
    ru: "ru-RU",
    es: "es-ES",
  };
  return { value: tags[language], eastAsia: "zh-CN", bidirectional: "ar-SA" };
}

/** Half-points, as Word measures type: 11 pt body text. */
export const BODY_SIZE = 22;

/** Twips: the hanging indent that holds a paragraph number (1 cm). */
export const NUMBER_INDENT = 567;

/** The document's styles: body text, headings and footnotes, in the report's fonts. */
export function reportStyles(language: Language): IStylesOptions {
  const run = { font: REPORT_FONTS, language: languageTags(language) };
  return {
    default: {
      document: { run: { ...run, size: BODY_SIZE }, paragraph: { spacing: { after: 120, line: 264 } } },
      heading1: {
        run: { ...run, size: 26, bold: true, color: "000000" },
        paragraph: { spacing: { before: 360, after: 160 }, keepNext: true },
      },
      heading2: {
        run: { ...run, size: 23, bold: true, italics: true, color: "000000" },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
      },
      title: {
        run: { ...run, size: 30, bold: true, color: "000000" },
        paragraph: { spacing: { before: 240, after: 120, line: 380 } },
      },
      footnoteText: { run: { ...run, size: 17 } },
    },
  };
}
