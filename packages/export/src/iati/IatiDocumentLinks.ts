import { LANGUAGES, precisionOf, type LocalizedText, type Mandate } from "@remit/core";
import { DOCUMENT_CATEGORY_OBJECTIVES } from "./IatiCodes";
import { emptyElement, narrativeElement, parentElement } from "./IatiElements";
import type { IatiContext } from "./IatiOptions";

const IN = "    ";
const IN2 = `${IN}  `;

/** The link's title: the symbol, then the mandate's title where it has one in that language. */
function linkTitle(mandate: Mandate, symbol: string): LocalizedText {
  const title = mandate.title;
  if (title === undefined) return { en: symbol };
  const text: Record<string, string> = {};
  for (const language of LANGUAGES) {
    const value = title[language];
    if (value !== undefined) text[language] = `${symbol}: ${value}`;
  }
  return text;
}

function documentLink(mandate: Mandate, symbol: string, url: string): string {
  const adopted =
    mandate.adoptedOn !== undefined && precisionOf(mandate.adoptedOn) === "day" ? mandate.adoptedOn : undefined;
  return parentElement(
    IN,
    "document-link",
    { url, format: "text/html" },
    narrativeElement(IN2, "title", linkTitle(mandate, symbol)) +
      emptyElement(IN2, "category", { code: DOCUMENT_CATEGORY_OBJECTIVES }) +
      // Every UN document is issued in the six official languages.
      LANGUAGES.map((code) => emptyElement(IN2, "language", { code })).join("") +
      (adopted === undefined ? "" : emptyElement(IN2, "document-date", { "iso-date": adopted })),
  );
}

/**
 * A `<document-link>` (category A02, objectives of the activity) for each mandate the
 * activity serves whose document has a URL: its symbol and title as the link's title, the
 * six official languages, and the adoption date when known to the day. A mandate that is
 * not among the options' mandates, or whose symbol has no URL (a decision known only by its
 * citation), gets no link.
 */
export function mandateDocumentLinks(mandateIds: readonly string[], context: IatiContext): string {
  let xml = "";
  for (const id of mandateIds) {
    const mandate = context.mandates.get(id);
    if (mandate?.symbol === undefined) continue;
    const url = context.documentUrl(mandate.symbol);
    if (url !== undefined) xml += documentLink(mandate, mandate.symbol, url);
  }
  return xml;
}
