import { describe, expect, it } from "vitest";
import { LANGUAGES, reportContentProblems, reportOutlineKeys, reportTemplateProblems } from "@remit/core";
import { CYBERCRIME_REPORT_CONTENT, CYBERCRIME_REPORT_OUTLINE, CYBERCRIME_REPORT_TEMPLATES } from "../src";

const keys = reportOutlineKeys(CYBERCRIME_REPORT_OUTLINE);

describe("the cybercrime report's template sets", () => {
  it("exist in every official language", () => {
    expect(LANGUAGES.filter((language) => CYBERCRIME_REPORT_TEMPLATES[language] === undefined)).toEqual([]);
  });

  it("write every heading and sentence of the report's outline, in the catalog syntax, with forms their languages make, drawing on no record the English does not", () => {
    expect(reportContentProblems(CYBERCRIME_REPORT_CONTENT, "en")).toEqual([]);
  });

  it("are held to the outline's keys: a language that lacks one is named with it", () => {
    const russian = CYBERCRIME_REPORT_TEMPLATES.ru!;
    const sentences = Object.fromEntries(
      Object.entries(russian.sentences).filter(([key]) => key !== "crypto.training"),
    );
    expect(reportTemplateProblems({ ...russian, sentences }, keys)).toEqual(["ru crypto.training: no sentence"]);
  });

  it("write nothing the outline does not use: every key of every set is one of the outline's", () => {
    for (const set of Object.values(CYBERCRIME_REPORT_TEMPLATES)) {
      expect(
        Object.keys(set.headings).filter((key) => !keys.headings.includes(key)),
        set.language,
      ).toEqual([]);
      expect(
        Object.keys(set.sentences).filter((key) => !keys.sentences.includes(key)),
        set.language,
      ).toEqual([]);
    }
  });
});
