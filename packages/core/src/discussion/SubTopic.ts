import { FORMAT_RULE_MESSAGES } from "../rule/FormatRules";
import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { Provenance } from "../provenance/Provenance";
import { LocalizedText } from "../text/LocalizedText";
import { PartialDate, earliestDay, latestDay } from "../time/PartialDate";

/** A lower-case letter that labels a sub-topic or a question: "a" for "(a)". */
export const Letter = z.string().check(z.regex(/^[a-z]$/, { message: FORMAT_RULE_MESSAGES.letter }));
/** A lower-case label letter. */
export type Letter = z.infer<typeof Letter>;

/**
 * A lower-case Roman numeral from i to xxxix that labels a point under a lettered entry:
 * "iv" for "(iv)" (the Chinese text writes it ㈣).
 */
export const RomanNumeral = z.string().check(
  z.regex(/^(?=[ivx])x{0,3}(ix|iv|v?i{0,3})$/, {
    message: FORMAT_RULE_MESSAGES.romanNumeral,
  }),
);
/** A lower-case Roman numeral label. */
export type RomanNumeral = z.infer<typeof RomanNumeral>;

/** A numbered part of a sub-topic: (a)(i) "typology of risks and threats…". */
export const SubTopicPart = z.strictObject({
  numeral: RomanNumeral,
  title: LocalizedText,
});
/** A numbered part of a sub-topic. */
export type SubTopicPart = z.infer<typeof SubTopicPart>;

/**
 * A lettered sub-topic of a thematic discussion with its numbered parts: in 2011, (a) the
 * nature and scope of the problem with (i)–(iv), and (b) responses with (i)–(iv).
 */
export const SubTopic = z
  .strictObject({
    letter: Letter,
    title: LocalizedText,
    parts: z.array(SubTopicPart),
  })
  .check(
    z.superRefine((topic, ctx) => {
      const seen = new Set<string>();
      topic.parts.forEach((part, index) => {
        if (seen.has(part.numeral)) {
          ctx.addIssue({
            code: "custom",
            path: ["parts", index, "numeral"],
            message: `sub-topic (${topic.letter}) has part (${part.numeral}) twice`,
            params: rule("subTopic.partTwice", { letter: topic.letter, numeral: part.numeral }),
          });
        }
        seen.add(part.numeral);
      });
    }),
  );
/** A lettered sub-topic with its numbered parts. */
export type SubTopic = z.infer<typeof SubTopic>;

/**
 * How a question group is known to take up a sub-topic: "quoted" when its lead-in quotes
 * the sub-topic's words (2011 guide ¶10 puts (b)(i) in quotation marks), "same-wording"
 * when its heading and lead-in restate them without saying so (the guide gives no table
 * of groups and sub-topics; ¶7 repeats (a)(ii) word for word).
 */
export const SubTopicLinkBasis = z.enum(["quoted", "same-wording"]);
/** How a question group is known to take up a sub-topic. */
export type SubTopicLinkBasis = z.infer<typeof SubTopicLinkBasis>;

/**
 * The sub-topic a question group takes up: a lettered sub-topic, or one of its numbered
 * parts, and the basis of the link.
 * @example SubTopicLink.parse({ letter: "b", numeral: "i", basis: "quoted" }) // (b)(i)
 */
export const SubTopicLink = z.strictObject({
  letter: Letter,
  numeral: z.optional(RomanNumeral),
  basis: SubTopicLinkBasis,
});
/** The sub-topic a question group takes up. */
export type SubTopicLink = z.infer<typeof SubTopicLink>;

/** Writes a sub-topic link the way the guide numbers sub-topics: "(b)(i)", "(a)". */
export function subTopicLabel(link: Pick<SubTopicLink, "letter" | "numeral">): string {
  return `(${link.letter})${link.numeral === undefined ? "" : `(${link.numeral})`}`;
}

/** Whether a link names a sub-topic (and part) that the list has. */
export function linksToSubTopic(
  link: Pick<SubTopicLink, "letter" | "numeral">,
  subTopics: readonly SubTopic[],
): boolean {
  const topic = subTopics.find((candidate) => candidate.letter === link.letter);
  return (
    topic !== undefined && (link.numeral === undefined || topic.parts.some((part) => part.numeral === link.numeral))
  );
}

/**
 * How the sub-topics were approved. In 2011: approved by the Commission's intersessional
 * meeting on 27 January 2011, on the recommendation of the extended Bureau's first meeting of
 * 11 January 2011 (guide ¶3).
 */
export const SubTopicApproval = z
  .strictObject({
    approvedOn: z.optional(PartialDate),
    approvedBy: z.optional(LocalizedText),
    recommendedBy: z.optional(LocalizedText),
    recommendedOn: z.optional(PartialDate),
    provenance: z.optional(z.array(Provenance)),
  })
  .check(
    z.refine(
      (approval) =>
        approval.approvedOn === undefined ||
        approval.recommendedOn === undefined ||
        earliestDay(approval.recommendedOn) <= latestDay(approval.approvedOn),
      {
        message: "sub-topics cannot be approved before they were recommended",
        params: rule("subTopic.approvedBeforeRecommended", {}),
        path: ["approvedOn"],
      },
    ),
  );
/** How a discussion's sub-topics were approved. */
export type SubTopicApproval = z.infer<typeof SubTopicApproval>;
