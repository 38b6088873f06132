import { describe, expect, it } from "vitest";
import { fillTemplate, segmentText, type SlotValue } from "./TemplateText";

const how = { language: "en" as const, join: (items: readonly string[]) => items.join(" and ") };
const slots = (entries: Record<string, SlotValue>) => new Map(Object.entries(entries));
const textOf = (filled: ReturnType<typeof fillTemplate>) => (filled.ok ? segmentText(filled.value.segments) : filled);

describe("fillTemplate", () => {
  it("fills the fullest variant the slots allow", () => {
    const variants = ["{n} people from {c} countries", "{n} people"];
    const full = fillTemplate(variants, slots({ n: { text: "2,440", figureKey: "n" }, c: { text: "64" } }), how);
    const plain = fillTemplate(variants, slots({ n: { text: "2,440", figureKey: "n" } }), how);
    expect(textOf(full)).toBe("2,440 people from 64 countries");
    expect(textOf(plain)).toBe("2,440 people");
  });

  it("says which slots were missing when no variant can be written", () => {
    const filled = fillTemplate(["{n} people from {c} countries", "{n} people"], slots({}), how);
    expect(filled).toEqual({
      ok: false,
      error: { _tag: "MissingSlots", slots: ["n", "c"], message: "missing {n}, {c}" },
    });
  });

  it("keeps a figure's run apart, so that it can carry a footnote", () => {
    const filled = fillTemplate(
      ["trained {n} teachers"],
      slots({ n: { text: "more than 5,600", figureKey: "n" } }),
      how,
    );
    expect(filled.ok && filled.value.segments).toEqual([
      { text: "trained " },
      { text: "more than 5,600", figureKey: "n" },
      { text: " teachers" },
    ]);
  });

  it("chooses a branch by the plural category the figure carries, not by the digits it prints", () => {
    const variants = ["{n, plural, one {a Member State} other {# Member States}}"];
    const one = fillTemplate(variants, slots({ n: { text: "1", plural: "one", figureKey: "n" } }), how);
    const many = fillTemplate(variants, slots({ n: { text: "more than 130", plural: "other", figureKey: "n" } }), how);
    expect([textOf(one), textOf(many)]).toEqual(["a Member State", "more than 130 Member States"]);
    expect(many.ok && many.value.segments[0]).toEqual({ text: "more than 130", figureKey: "n" });
  });

  it("chooses a branch by a slot's word, and needs only the slots of the branch it takes", () => {
    const variants = [
      "{kind, select, postponement {postponed to {to} by {decision}} other {scheduled for {to}}}",
      "{kind, select, postponement {postponed to {to}} other {scheduled for {to}}}",
    ];
    const set = fillTemplate(variants, slots({ kind: { text: "dates-set" }, to: { text: "May" } }), how);
    const moved = fillTemplate(variants, slots({ kind: { text: "postponement" }, to: { text: "May" } }), how);
    expect([textOf(set), textOf(moved)]).toEqual(["scheduled for May", "postponed to May"]);
    expect(set.ok && set.value.reached).toEqual(["kind", "to"]);
  });

  it("lowers the first letter of each listed item, but not of acronyms", () => {
    const filled = fillTemplate(
      ["for {who, lower}"],
      slots({ who: { text: "Teachers and FIU officials", items: ["Teachers", "FIU officials"] } }),
      how,
    );
    expect(textOf(filled)).toBe("for teachers and FIU officials");
  });

  it("puts each item of a list into the form a sentence asks for, then raises the first letter", () => {
    const inflect = (phrase: string, form: string) => (form === "in" ? `in ${phrase}` : phrase);
    const filled = fillTemplate(
      ["{where, in, cap}, police were trained."],
      slots({ where: { text: "Austria and Chile", items: ["Austria", "Chile"] } }),
      { ...how, inflect },
    );
    expect(textOf(filled)).toBe("In Austria and in Chile, police were trained.");
  });

  it("refuses a form when the language has no way to make it, instead of printing the bare name", () => {
    const filled = fillTemplate(["under {mandate, gen}"], slots({ mandate: { text: "resolution 74/173" } }), how);
    expect(filled.ok ? "written" : filled.error._tag).toBe("FormWithoutInflect");
  });
});
