import { describe, expect, it } from "vitest";
import { LANGUAGES, reportTemplateProblems } from "@remit/core";
import { CYBERCRIME_REPORT_TEMPLATES } from "../src";

describe("the cybercrime report's template sets", () => {
  it("exist in every official language", () => {
    expect(LANGUAGES.filter((language) => CYBERCRIME_REPORT_TEMPLATES[language] === undefined)).toEqual([]);
  });

  it("write every heading and sentence of the outline, in the catalog syntax, with forms their languages make, drawing on no record the English does not", () => {
    const english = CYBERCRIME_REPORT_TEMPLATES.en;
    for (const set of Object.values(CYBERCRIME_REPORT_TEMPLATES)) {
      expect(reportTemplateProblems(set, english), set.language).toEqual([]);
    }
  });
});
