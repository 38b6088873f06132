import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../text/Language";
import type { LocalizedText } from "../text/LocalizedText";
import { AddresseeKind } from "./Addressee";
import { MandateKind } from "./Mandate";
import { MandateAction } from "./MandateAction";
import { ADDRESSEE_LABELS, MANDATE_ACTION_LABELS, MANDATE_KIND_LABELS } from "./MandateLabels";

describe.each([
  ["kind of act", MandateKind.options, MANDATE_KIND_LABELS],
  ["addressee", AddresseeKind.options, ADDRESSEE_LABELS],
  ["action asked for", MandateAction.options, MANDATE_ACTION_LABELS],
] as const)("every %s a mandate's records may hold", (_vocabulary, codes, labels) => {
  const byCode = labels as Readonly<Record<string, LocalizedText>>;

  it("is worded in each of the six official languages", () => {
    for (const code of codes) {
      const label = byCode[code];
      expect(label, code).toBeDefined();
      for (const language of LANGUAGES) expect(label?.[language]?.trim(), `${code} in ${language}`).toBeTruthy();
    }
  });

  it("labels no code the records cannot hold", () => {
    expect(Object.keys(byCode).sort()).toEqual([...codes].sort());
  });
});

describe("the words a mandate's page shows", () => {
  it("name Member States and a declaration as each language does", () => {
    expect(ADDRESSEE_LABELS["member-states"].ar).toBe("الدول الأعضاء");
    expect(MANDATE_KIND_LABELS.declaration.zh).toBe("宣言");
    expect(MANDATE_ACTION_LABELS["provide-technical-assistance"].fr).toBe("Assistance technique");
  });
});
