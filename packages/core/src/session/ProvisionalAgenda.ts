import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { DocumentReferenceText, DocumentSymbolText } from "../symbol";
import { LocalizedText } from "../text/LocalizedText";
import { AgendaItemNumberText, parseAgendaItemNumber } from "./AgendaItemNumber";

/**
 * A document listed under an agenda item. A document may be known by its symbol, its title
 * or both. The symbol may be partial when only its number is unknown: the 2021 report on
 * cybercrime, under item 6(d) of E/CN.15/2021/1, is "E/CN.15/2021/…".
 */
export const AgendaDocument = z
  .strictObject({
    symbol: z.optional(DocumentReferenceText),
    title: z.optional(LocalizedText),
  })
  .check(
    z.refine((document) => document.symbol !== undefined || document.title !== undefined, {
      message: "an agenda document needs a symbol, a title or both",
      params: rule("agenda.documentSymbolOrTitle", {}),
    }),
  );
/** A document listed under an agenda item. */
export type AgendaDocument = z.infer<typeof AgendaDocument>;

/** A sub-item of an agenda item, numbered with its parent and a letter: "6(d)". */
export const AgendaSubItem = z.strictObject({
  number: AgendaItemNumberText,
  title: LocalizedText,
  documents: z.array(AgendaDocument),
});
/** A sub-item of an agenda item. */
export type AgendaSubItem = z.infer<typeof AgendaSubItem>;

/** An item of a provisional agenda ("4"), with its documents and sub-items ("6(a)"…"6(d)"). */
export const AgendaItem = z.strictObject({
  number: AgendaItemNumberText,
  title: LocalizedText,
  documents: z.array(AgendaDocument),
  subItems: z.array(AgendaSubItem),
});
/** An item of a provisional agenda. */
export type AgendaItem = z.infer<typeof AgendaItem>;

/**
 * A session's provisional agenda: the agenda document's symbol and its items. Item numbers are
 * unique; every sub-item carries its parent's number and a letter unique under that parent.
 * An agenda may list only the items a source mentions.
 * @example
 * ProvisionalAgenda.parse({
 *   symbol: "E/CN.15/2011/1",
 *   items: [{ number: "4", title: { en: "Thematic discussion" }, documents: [{ symbol: "E/CN.15/2011/2" }], subItems: [] }],
 * })
 */
export const ProvisionalAgenda = z
  .strictObject({
    symbol: DocumentSymbolText,
    items: z.array(AgendaItem),
  })
  .check(
    z.superRefine((agenda, ctx) => {
      const items = new Set<number>();
      agenda.items.forEach((item, index) => {
        const parsed = parseAgendaItemNumber(item.number);
        if (!parsed.ok) return;
        const { item: itemNumber, subItem } = parsed.value;
        if (subItem !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["items", index, "number"],
            message: `item "${item.number}" is numbered like a sub-item; put it under item ${itemNumber}'s subItems`,
            params: rule("agenda.itemLikeSubItem", { number: item.number, item: itemNumber }),
          });
        }
        if (items.has(itemNumber)) {
          ctx.addIssue({
            code: "custom",
            path: ["items", index, "number"],
            message: `item ${itemNumber} appears twice in agenda ${agenda.symbol}`,
            params: rule("agenda.itemTwice", { item: itemNumber, agenda: agenda.symbol }),
          });
        }
        items.add(itemNumber);
        const letters = new Set<string>();
        item.subItems.forEach((sub, subIndex) => {
          const path = ["items", index, "subItems", subIndex, "number"];
          const parsedSub = parseAgendaItemNumber(sub.number);
          if (!parsedSub.ok) return;
          if (parsedSub.value.item !== itemNumber || parsedSub.value.subItem === undefined) {
            ctx.addIssue({
              code: "custom",
              path,
              message: `sub-item "${sub.number}" under item ${itemNumber} must be numbered "${itemNumber}(a)", "${itemNumber}(b)", …`,
              params: rule("agenda.subItemNumbering", { number: sub.number, item: itemNumber }),
            });
            return;
          }
          if (letters.has(parsedSub.value.subItem)) {
            ctx.addIssue({
              code: "custom",
              path,
              message: `sub-item ${sub.number} appears twice under item ${itemNumber}`,
              params: rule("agenda.subItemTwice", { number: sub.number, item: itemNumber }),
            });
          }
          letters.add(parsedSub.value.subItem);
        });
      });
    }),
  );
/** A session's provisional agenda. */
export type ProvisionalAgenda = z.infer<typeof ProvisionalAgenda>;

/**
 * Finds an item or sub-item by its number, written as the documents write it ("4", "6(d)",
 * "6 (d)"). `undefined` when the agenda has no such item or the number is not valid.
 * @example findAgendaItem(agenda2021, "6(d)")?.title.zh // "预防犯罪和刑事司法方面的其他事项"
 */
export function findAgendaItem(agenda: ProvisionalAgenda, number: string): AgendaItem | AgendaSubItem | undefined {
  const parsed = parseAgendaItemNumber(number);
  if (!parsed.ok) return undefined;
  const item = agenda.items.find((candidate) => sameItem(candidate.number, parsed.value.item));
  if (item === undefined || parsed.value.subItem === undefined) return item;
  const wanted = parsed.value.subItem;
  return item.subItems.find((sub) => {
    const candidate = parseAgendaItemNumber(sub.number);
    return candidate.ok && candidate.value.subItem === wanted;
  });
}

function sameItem(text: string, item: number): boolean {
  const parsed = parseAgendaItemNumber(text);
  return parsed.ok && parsed.value.item === item && parsed.value.subItem === undefined;
}
