import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { DocumentSymbolText } from "../symbol";
import { LANGUAGES, Language } from "../text/Language";
import { PartialDate } from "../time/PartialDate";

/** A guide issued in one language, with the issue date when it is known. */
export const GuideIssue = z.strictObject({
  language: Language,
  on: z.optional(PartialDate),
});
/** A guide issued in one language. */
export type GuideIssue = z.infer<typeof GuideIssue>;

/**
 * The discussion guide of a thematic discussion (2011: E/CN.15/2011/2). `issued` lists the
 * languages it is known to have been issued in (with dates if known); `notIssued` those known
 * not to have been issued before the session. A language in neither list is unknown, which is
 * different from missing: the 2011 seed shows only that the Chinese version exists.
 * @example DiscussionGuide.parse({ symbol: "E/CN.15/2011/2", issued: [{ language: "zh" }], notIssued: [] })
 */
export const DiscussionGuide = z
  .strictObject({
    symbol: DocumentSymbolText,
    issued: z.array(GuideIssue),
    notIssued: z.array(Language),
  })
  .check(
    z.superRefine((guide, ctx) => {
      const seen = new Set<Language>();
      guide.issued.forEach((issue, index) => {
        if (seen.has(issue.language)) {
          ctx.addIssue({
            code: "custom",
            path: ["issued", index, "language"],
            message: `guide ${guide.symbol} lists its ${issue.language} issue twice`,
            params: rule("guide.issueTwice", { guide: guide.symbol, language: issue.language }),
          });
        }
        seen.add(issue.language);
      });
      const notIssued = new Set<Language>();
      guide.notIssued.forEach((language, index) => {
        if (seen.has(language) || notIssued.has(language)) {
          ctx.addIssue({
            code: "custom",
            path: ["notIssued", index],
            message: `guide ${guide.symbol}: ${language} is listed twice or as both issued and not issued`,
            params: rule("guide.languageTwice", { guide: guide.symbol, language }),
          });
        }
        notIssued.add(language);
      });
    }),
  );
/** A discussion guide and what is known of its issue in the six languages. */
export type DiscussionGuide = z.infer<typeof DiscussionGuide>;

/** What is known about one language version of a guide. */
export type GuideLanguageStatus =
  | { readonly language: Language; readonly status: "issued"; readonly on?: PartialDate }
  | { readonly language: Language; readonly status: "not-issued" }
  | { readonly language: Language; readonly status: "unknown" };

/**
 * The six language versions of a guide in UN order, each issued (with its date if known),
 * not issued, or unknown.
 */
export function guideLanguages(guide: DiscussionGuide): GuideLanguageStatus[] {
  return LANGUAGES.map((language): GuideLanguageStatus => {
    const issue = guide.issued.find((candidate) => candidate.language === language);
    if (issue !== undefined) {
      return issue.on === undefined ? { language, status: "issued" } : { language, status: "issued", on: issue.on };
    }
    return guide.notIssued.includes(language) ? { language, status: "not-issued" } : { language, status: "unknown" };
  });
}
