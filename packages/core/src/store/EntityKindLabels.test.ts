import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../text/Language";
import { ENTITY_KINDS } from "./EntityKind";
import { ENTITY_KIND_LABELS } from "./EntityKindLabels";

describe("the kinds of record in the six languages", () => {
  it("every kind a store keeps is named in all six languages", () => {
    for (const kind of ENTITY_KINDS)
      expect(Object.keys(ENTITY_KIND_LABELS[kind]).sort(), kind).toEqual([...LANGUAGES].sort());
  });

  it("Arabic, Chinese and Russian name them in their own script, never by the code", () => {
    for (const kind of ENTITY_KINDS)
      for (const language of ["ar", "zh", "ru"] as const)
        expect(ENTITY_KIND_LABELS[kind][language], `${kind} ${language}`).not.toMatch(/[A-Za-z]/u);
  });

  it("sessions carry the UN's terms", () => {
    expect(ENTITY_KIND_LABELS.session).toMatchObject({ zh: "届会", ar: "الدورات", es: "períodos de sesiones" });
  });
});
