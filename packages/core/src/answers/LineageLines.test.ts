import { describe, expect, it } from "vitest";
import { checkCatalog } from "../message/MessageCatalog";
import { messageSchemaOf } from "../message/MessageSlots";
import { LANGUAGES } from "../text/Language";
import { lineageLines } from "./LineageLines";
import type { LineageNode } from "./LineageView";
import { ENGLISH_LINEAGE_WORDS, LINEAGE_WORDS } from "./LineageWords";

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

// 74/173 reaffirms 65/230 (which the store holds) and, by inference, a resolution it does not hold.
const resolution: LineageNode = {
  id: "a-res-74-173",
  label: "A/RES/74/173",
  adoptedOn: "2019-12-18",
  title: { en: "Promoting technical assistance", fr: "Promouvoir l'assistance technique" },
  branches: [
    {
      relation: "reaffirms",
      reads: "reaffirms",
      inferred: false,
      kind: "mandate",
      mandate: {
        id: "a-res-65-230",
        label: "A/RES/65/230",
        branches: [
          { relation: "builds-on", reads: "builds on", inferred: false, kind: "cycle", mandateId: "a-res-74-173" },
        ],
      },
    },
    { relation: "builds-on", reads: "builds on", inferred: true, kind: "unresolved", target: "A/RES/60/175" },
  ],
};

describe("a lineage drawn as lines for a reader", () => {
  it("marks a declaration named in another language than the reader's", () => {
    expect(lineageLines(kyoto, "fr")).toEqual([
      "Kyoto Declaration (uniquement en anglais)",
      "└─ approuvé par A/RES/76/181 (2021-12-16)",
    ]);
    expect(lineageLines(kyoto, "zh")[0]).toBe("Kyoto Declaration （仅有英语版本）");
    expect(lineageLines(kyoto, "ar")[0]).toBe("Kyoto Declaration (متاح باللغة الإنجليزية فقط)");
  });

  it("does not mark a label written in the reader's own language", () => {
    expect(lineageLines(kyoto, "en")[0]).toBe("Kyoto Declaration");
    expect(lineageLines({ ...kyoto, label: "Déclaration de Kyoto", labelLanguage: "fr" }, "fr")[0]).toBe(
      "Déclaration de Kyoto",
    );
  });

  it("draws branches under their parent, marking inferred edges, mandates not stored and cycles", () => {
    expect(lineageLines(resolution, "en")).toEqual([
      "A/RES/74/173 (2019-12-18) — Promoting technical assistance",
      "├─ reaffirms A/RES/65/230",
      "│  └─ builds on a-res-74-173 (already above: a cycle)",
      "└─ builds on (inferred) A/RES/60/175 (not in this store)",
    ]);
  });

  it("writes the title and the marks in the reader's language", () => {
    expect(lineageLines(resolution, "fr")).toEqual([
      "A/RES/74/173 (2019-12-18) — Promouvoir l'assistance technique",
      "├─ reaffirms A/RES/65/230",
      "│  └─ builds on a-res-74-173 (déjà plus haut : un cycle)",
      "└─ builds on (déduit) A/RES/60/175 (absent de ce magasin)",
    ]);
  });

  it.each(LANGUAGES)("has every mark in %s, with the English slots", (language) => {
    expect(checkCatalog(messageSchemaOf(ENGLISH_LINEAGE_WORDS), LINEAGE_WORDS[language])).toEqual([]);
  });
});
