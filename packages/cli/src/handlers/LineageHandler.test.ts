import type { LineageNode } from "@remit/core";
import { describe, expect, it } from "vitest";
import { drawTree } from "./LineageHandler";

// A declaration whose title was stored in English only, under a resolution that endorses it.
const kyoto: LineageNode = {
  id: "kyoto-declaration",
  label: "Kyoto Declaration",
  labelLanguage: "en",
  branches: [
    {
      relation: "endorses",
      reads: "approuvé par",
      inferred: false,
      kind: "mandate",
      mandate: { id: "a-res-76-181", label: "A/RES/76/181", adoptedOn: "2021-12-16", branches: [] },
    },
  ],
};

describe("a lineage drawn for a reader", () => {
  it("marks a declaration named in another language than the reader's", () => {
    expect(drawTree(kyoto, "fr")).toEqual([
      "Kyoto Declaration (uniquement en anglais)",
      "└─ approuvé par A/RES/76/181 (2021-12-16)",
    ]);
    expect(drawTree(kyoto, "zh")[0]).toBe("Kyoto Declaration （仅有英语版本）");
    expect(drawTree(kyoto, "ar")[0]).toBe("Kyoto Declaration (متاح باللغة الإنجليزية فقط)");
  });

  it("does not mark a label written in the reader's own language", () => {
    expect(drawTree(kyoto, "en")[0]).toBe("Kyoto Declaration");
    expect(drawTree({ ...kyoto, label: "Déclaration de Kyoto", labelLanguage: "fr" }, "fr")[0]).toBe(
      "Déclaration de Kyoto",
    );
  });
});
