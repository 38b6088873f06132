import type { Language } from "../text/Language";

// How each language joins the last item of a list whose items already hold its "and"
// ("children and young people", "дети и молодежь"): a second plain "and" would read as one
// run ("children and young people and students"), so the last item is added with the
// language's "as well as" after the others are set off by its comma.
const ALSO: Readonly<Record<Language, { readonly comma: string; readonly also: string }>> = {
  ar: { comma: "، ", also: "، فضلاً عن " },
  zh: { comma: "、", also: "以及" },
  en: { comma: ", ", also: ", as well as " },
  fr: { comma: ", ", also: " ainsi que " },
  ru: { comma: ", ", also: ", а также " },
  es: { comma: ", ", also: ", así como " },
};

function listFormat(language: Language): Intl.ListFormat {
  // UN English has no serial comma, as British English.
  return new Intl.ListFormat(language === "en" ? "en-GB" : language, { type: "conjunction", style: "long" });
}

/** The language's "and" between two items, as `Intl.ListFormat` writes it (" and ", "和", and " و", which Arabic joins to the next item). */
function conjunctionOf(language: Language): string {
  return listFormat(language).format(["\u0001", "\u0002"]).replace("\u0001", "").replace("\u0002", "");
}

function holds(item: string, conjunction: string): boolean {
  const word = conjunction.trim();
  if (word === "") return false;
  if (!/\s/.test(conjunction)) return item.includes(word);
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Arabic writes its "and" onto the word that follows (" و": "التدريب والتوعية"), so an item
  // holds it when a word after its first begins with it. A word whose own root begins with و
  // ("وزارة") is read as holding it too: that only costs the list its "as well as", which
  // reads right either way, where missing a real one would run two items into one.
  if (!/\s$/.test(conjunction)) return new RegExp(`\\s${escaped}`, "u").test(item);
  // Other languages that write spaces between words hold the conjunction only as a word of its own.
  return new RegExp(`(^|\\s)${escaped}(\\s|$)`, "u").test(item);
}

/**
 * Items joined as the language lists them ("a, b and c", "a、b和c", «a, b и c»), except that
 * when an item already holds the language's "and", the last item is added with "as well as"
 * ("children and young people, as well as students"), so the list still reads as its items.
 * @example joinItemsIn("en", ["children and young people", "students"]) // "children and young people, as well as students"
 */
export function joinItemsIn(language: Language, items: readonly string[]): string {
  const conjunction = conjunctionOf(language);
  if (items.length < 2 || !items.some((item) => holds(item, conjunction))) return listFormat(language).format(items);
  const { comma, also } = ALSO[language];
  return `${items.slice(0, -1).join(comma)}${also}${items.at(-1) ?? ""}`;
}
