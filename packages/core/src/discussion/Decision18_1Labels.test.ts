import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../text/Language";
import { DECISION_18_1_RULES, Decision18_1Rule } from "./Decision18_1Finding";
import { DECISION_18_1_PROVISION_LABELS } from "./Decision18_1Labels";

describe("the provisions of decision 18/1 in the six languages", () => {
  it("cites every rule's provision in every language, the English as the finding gives it", () => {
    for (const rule of Decision18_1Rule.options) {
      const label = DECISION_18_1_PROVISION_LABELS[rule];
      expect(Object.keys(label).sort(), rule).toEqual([...LANGUAGES].sort());
      expect(label.en, rule).toBe(DECISION_18_1_RULES[rule].provision);
    }
  });

  it("writes no Latin word in Arabic, Chinese or Russian apart from the subparagraph letters and numerals", () => {
    for (const rule of Decision18_1Rule.options) {
      for (const language of ["ar", "zh", "ru"] as const) {
        const words = ((DECISION_18_1_PROVISION_LABELS[rule][language] ?? "").match(/[A-Za-z]{2,}/gu) ?? []).filter(
          (word) => !/^[ivx]+$/u.test(word), // an item's Roman numeral, (c)(ii), is written so in Russian too
        );
        expect(words, `${rule} ${language}`).toEqual([]);
      }
    }
  });
});
