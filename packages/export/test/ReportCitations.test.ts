// How a note cites the paragraphs of a document in each language: one paragraph in the
// singular, several in the plural, joined as the language joins a list, runs as a range.
import type { Language, Provenance } from "@remit/core";
import { CYBERCRIME_REPORT_TEMPLATES } from "@remit/dataset";
import { describe, expect, it } from "vitest";
import { describeSources } from "../src/report";

function cite(language: Language, paragraphs: number[]): string {
  const labels = CYBERCRIME_REPORT_TEMPLATES[language]?.labels;
  if (labels === undefined) throw new Error(`no templates in ${language}`);
  const provenance: Provenance[] = [{ source: "document", symbol: "E/CN.15/2021/8", paragraphs }];
  return describeSources(provenance, labels, language);
}

describe("a note cites document paragraphs in the report's language", () => {
  it("names one paragraph in the singular", () => {
    expect(cite("en", [17])).toBe("E/CN.15/2021/8, para. 17");
    expect(cite("ru", [17])).toBe("E/CN.15/2021/8, пункт 17");
    expect(cite("zh", [17])).toBe("E/CN.15/2021/8，第17段");
  });

  it("names several in the plural, joined as the language lists them", () => {
    expect(cite("en", [6, 5])).toBe("E/CN.15/2021/8, paras. 5 and 6");
    expect(cite("ru", [5, 6])).toBe("E/CN.15/2021/8, пункты 5 и 6");
    expect(cite("es", [5, 6])).toBe("E/CN.15/2021/8, párrs. 5 y 6");
    expect(cite("fr", [5, 6])).toBe("E/CN.15/2021/8, par. 5 et 6");
    expect(cite("zh", [5, 6])).toBe("E/CN.15/2021/8，第5和6段");
  });

  it("writes a run of three or more paragraphs as a range", () => {
    expect(cite("en", [37, 38, 39, 41])).toBe("E/CN.15/2021/8, paras. 37–39 and 41");
    expect(cite("ru", [37, 38, 39])).toBe("E/CN.15/2021/8, пункты 37–39");
  });

  it("uses the Arabic comma in an Arabic note", () => {
    expect(cite("ar", [17])).toBe("E/CN.15/2021/8، الفقرة 17");
    expect(cite("ar", [5, 15, 16])).toMatch(/^E\/CN\.15\/2021\/8، الفقرات 5 و\s?15 و\s?16$/u);
  });

  it("cites two paragraphs in the Arabic dual", () => {
    expect(cite("ar", [5, 6])).toMatch(/^E\/CN\.15\/2021\/8، الفقرتان 5 و\s?6$/u);
    expect(cite("en", [5, 6])).toBe("E/CN.15/2021/8, paras. 5 and 6");
  });
});
