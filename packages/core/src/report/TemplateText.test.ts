import { describe, expect, it } from "vitest";
import { fillTemplate, lowerFirst, segmentText, slotsOf, type SlotValue } from "./TemplateText";

const join = (items: readonly string[]) => items.join(" and ");
const slots = (entries: Record<string, SlotValue>) => new Map(Object.entries(entries));

describe("fillTemplate", () => {
  it("fills the fullest variant the slots allow", () => {
    const variants = ["{n} people from {c} countries", "{n} people"];
    const full = fillTemplate(variants, slots({ n: { text: "2,440", figureKey: "n" }, c: { text: "64" } }), join);
    const plain = fillTemplate(variants, slots({ n: { text: "2,440", figureKey: "n" } }), join);
    expect(full.ok && segmentText(full.segments)).toBe("2,440 people from 64 countries");
    expect(plain.ok && segmentText(plain.segments)).toBe("2,440 people");
  });

  it("says which slots were missing when no variant can be written", () => {
    expect(fillTemplate(["{n} people from {c} countries", "{n} people"], slots({}), join)).toEqual({
      ok: false,
      missing: ["n", "c"],
    });
  });

  it("keeps a figure's run apart, so that it can carry a footnote", () => {
    const filled = fillTemplate(
      ["trained {n} teachers"],
      slots({ n: { text: "more than 5,600", figureKey: "n" } }),
      join,
    );
    expect(filled.ok && filled.segments).toEqual([
      { text: "trained " },
      { text: "more than 5,600", figureKey: "n" },
      { text: " teachers" },
    ]);
  });

  it("chooses a variant by plural category or by a slot's word", () => {
    const variants = ["[n=one]a Member State", "[kind=postponement]postponed to {n}", "{n} Member States"];
    const one = fillTemplate(variants, slots({ n: { text: "1", plural: "one" } }), join);
    const many = fillTemplate(variants, slots({ n: { text: "3", plural: "other" } }), join);
    const moved = fillTemplate(
      variants,
      slots({ n: { text: "May", plural: "other" }, kind: { text: "postponement" } }),
      join,
    );
    expect([one, many, moved].map((filled) => filled.ok && segmentText(filled.segments))).toEqual([
      "a Member State",
      "3 Member States",
      "postponed to May",
    ]);
  });

  it("lowers the first letter of each listed item with |lower, but not of acronyms", () => {
    const filled = fillTemplate(
      ["for {who|lower}"],
      slots({ who: { text: "Teachers and FIU officials", items: ["Teachers", "FIU officials"] } }),
      join,
    );
    expect(filled.ok && segmentText(filled.segments)).toBe("for teachers and FIU officials");
    expect(lowerFirst("ASEAN Regional Conference")).toBe("ASEAN Regional Conference");
  });

  it("lists the slots a variant uses, its guard included", () => {
    expect(slotsOf("[change.kind=dates-set]On {change.announced}, set at {change.to|lower}.")).toEqual([
      "change.kind",
      "change.announced",
      "change.to",
    ]);
  });
});
