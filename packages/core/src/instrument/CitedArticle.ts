import { citedPartMessage, type CitedPart } from "../rule/FormatRules";
import * as z from "zod/mini";
import { Provenance } from "../provenance/Provenance";
import { LocalizedText } from "../text/LocalizedText";

const part = (what: CitedPart) =>
  z.string().check(
    z.minLength(1),
    z.regex(/^[^\s()](?:[^()]*[^\s()])?$/, {
      message: citedPartMessage(what),
    }),
  );

/**
 * An article of an instrument that a document cites, down to paragraph and subparagraph:
 * UNTOC article 29, paragraph 1, subparagraph (h) (2011 guide ¶24) is
 * `{ article: "29", paragraph: "1", subparagraph: "h" }`. Parts are strings because
 * articles may be numbered "9", "2 bis" style or lettered; parentheses are left out and
 * added by {@link formatCitedArticle}.
 * @example CitedArticle.parse({ article: "9", subject: { zh: "与儿童色情制品有关的犯罪" }, provenance: [] })
 */
export const CitedArticle = z.strictObject({
  article: part("article"),
  paragraph: z.optional(part("paragraph")),
  subparagraph: z.optional(part("subparagraph")),
  subject: z.optional(LocalizedText),
  provenance: z.array(Provenance),
});
/** An article of an instrument, with optional paragraph and subparagraph. */
export type CitedArticle = z.infer<typeof CitedArticle>;

/**
 * Formats an article citation the way UN documents write it: "art. 29(1)(h)", "art. 2(a)"
 * (a subparagraph without a numbered paragraph), "art. 9".
 * @example formatCitedArticle({ article: "29", paragraph: "1", subparagraph: "h" }) // "art. 29(1)(h)"
 */
export function formatCitedArticle(cited: Pick<CitedArticle, "article" | "paragraph" | "subparagraph">): string {
  const paragraph = cited.paragraph === undefined ? "" : `(${cited.paragraph})`;
  const subparagraph = cited.subparagraph === undefined ? "" : `(${cited.subparagraph})`;
  return `art. ${cited.article}${paragraph}${subparagraph}`;
}
