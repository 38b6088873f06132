import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AgendaItemNumberText, formatAgendaItemNumber, parseAgendaItemNumber } from "./AgendaItemNumber";
import { ProvisionalAgenda, findAgendaItem } from "./ProvisionalAgenda";

/** What the 2021 report's heading states about E/CN.15/2021/1 (item 6, sub-item (d)). */
const agenda2021 = {
  symbol: "E/CN.15/2021/1",
  items: [
    {
      number: "6",
      title: { zh: "统一并协调联合国毒品和犯罪问题办公室及会员国在预防犯罪和刑事司法领域的工作" },
      documents: [],
      subItems: [
        {
          number: "6 (d)",
          title: { zh: "预防犯罪和刑事司法方面的其他事项" },
          documents: [{ title: { zh: "促进技术援助和能力建设以加强打击网络犯罪的国家措施和国际合作，包括信息共享" } }],
        },
      ],
    },
  ],
};

describe("agenda item numbers", () => {
  it("'6(d)' is item 6, sub-item d, and '4' is item 4", () => {
    expect(parseAgendaItemNumber("6(d)")).toEqual({ ok: true, value: { item: 6, subItem: "d" } });
    expect(parseAgendaItemNumber("4")).toEqual({ ok: true, value: { item: 4 } });
    expect(AgendaItemNumberText.parse("6 (d)")).toBe("6(d)");
  });

  it("a malformed number is refused with what was expected", () => {
    for (const text of ["", "0", "6(D)", "6d)", "(d)", "6(dd)", "six"]) {
      const result = parseAgendaItemNumber(text);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error).toMatchObject({ _tag: "InvalidAgendaItemNumber", input: text });
        expect(result.error.message).toContain('("6(d)")');
      }
    }
  });

  it("formatting then parsing gives the number back", () => {
    const number = fc.record(
      { item: fc.integer({ min: 1, max: 999 }), subItem: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz") },
      { requiredKeys: ["item"] },
    );
    fc.assert(
      fc.property(number, (value) => {
        expect(parseAgendaItemNumber(formatAgendaItemNumber(value))).toEqual({ ok: true, value });
      }),
    );
  });
});

describe("ProvisionalAgenda", () => {
  it("holds item 6 and its sub-item 6(d), with the report listed under 6(d)", () => {
    const agenda = ProvisionalAgenda.parse(agenda2021);
    const subItem = findAgendaItem(agenda, "6(d)");
    expect(subItem?.number).toBe("6(d)");
    expect(subItem?.title.zh).toBe("预防犯罪和刑事司法方面的其他事项");
    expect(subItem?.documents).toHaveLength(1);
    expect(findAgendaItem(agenda, "6")?.title.zh).toMatch(/^统一并协调/);
  });

  it("finds nothing for an item the agenda does not list or an invalid number", () => {
    const agenda = ProvisionalAgenda.parse(agenda2021);
    expect(findAgendaItem(agenda, "6(a)")).toBeUndefined();
    expect(findAgendaItem(agenda, "4")).toBeUndefined();
    expect(findAgendaItem(agenda, "item six")).toBeUndefined();
  });

  it("a sub-item numbered under another item is refused", () => {
    const wrong = structuredClone(agenda2021);
    wrong.items[0]!.subItems[0]!.number = "7(d)";
    expect(ProvisionalAgenda.safeParse(wrong).error?.issues).toMatchObject([
      {
        path: ["items", 0, "subItems", 0, "number"],
        message: 'sub-item "7(d)" under item 6 must be numbered "6(a)", "6(b)", …',
      },
    ]);
  });

  it("duplicate items and duplicate sub-items are refused", () => {
    const twice = structuredClone(agenda2021);
    twice.items[0]!.subItems.push(structuredClone(twice.items[0]!.subItems[0]!));
    twice.items.push(structuredClone(twice.items[0]!));
    const issues = ProvisionalAgenda.safeParse(twice).error?.issues.map((issue) => issue.message);
    expect(issues).toEqual([
      "sub-item 6(d) appears twice under item 6",
      "item 6 appears twice in agenda E/CN.15/2021/1",
      "sub-item 6(d) appears twice under item 6",
    ]);
  });

  it("an item numbered like a sub-item is refused", () => {
    const wrong = { ...agenda2021, items: [{ ...agenda2021.items[0]!, number: "6(d)", subItems: [] }] };
    expect(ProvisionalAgenda.safeParse(wrong).error?.issues[0]?.message).toBe(
      'item "6(d)" is numbered like a sub-item; put it under item 6\'s subItems',
    );
  });

  it("the report under 6(d) may carry its partial symbol E/CN.15/2021/…; the agenda's own symbol stays a full one", () => {
    const withSymbol = structuredClone(agenda2021);
    withSymbol.items[0]!.subItems[0]!.documents = [
      { symbol: "E/CN.15/2021/…", title: { zh: "促进技术援助和能力建设" } },
    ] as never;
    const agenda = ProvisionalAgenda.parse(withSymbol);
    expect(findAgendaItem(agenda, "6(d)")?.documents[0]?.symbol).toBe("E/CN.15/2021/…");
    expect(ProvisionalAgenda.safeParse({ ...agenda2021, symbol: "E/CN.15/2021/…" }).error?.issues[0]).toMatchObject({
      path: ["symbol"],
    });
    const misprint = structuredClone(withSymbol);
    misprint.items[0]!.subItems[0]!.documents = [{ symbol: "E/CN.15/…" }] as never;
    expect(ProvisionalAgenda.safeParse(misprint).error?.issues[0]?.message).toContain(
      "a partial symbol without its session or year",
    );
  });

  it("a listed document needs a symbol or a title", () => {
    const empty = structuredClone(agenda2021);
    empty.items[0]!.documents.push({} as never);
    expect(ProvisionalAgenda.safeParse(empty).success).toBe(false);
  });
});
