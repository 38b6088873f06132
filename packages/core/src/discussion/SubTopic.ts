import * as z from "zod";
import { Provenance } from "../provenance/Provenance";
import { LocalizedText } from "../text/LocalizedText";
import { PartialDate, earliestDay, latestDay } from "../time/PartialDate";

/** A lower-case letter that labels a sub-topic or a question: "a" for "(a)". */
export const Letter = z.string().regex(/^[a-z]$/, { message: 'expected one lower-case letter, e.g. "a" for "(a)"' });
/** A lower-case label letter. */
export type Letter = z.infer<typeof Letter>;

/**
 * A lower-case Roman numeral from i to xxxix that labels a point under a lettered entry:
 * "iv" for "(iv)" (the Chinese text writes it ㈣).
 */
export const RomanNumeral = z
  .string()
  .regex(/^(?=[ivx])x{0,3}(ix|iv|v?i{0,3})$/, { message: 'expected a lower-case Roman numeral such as "i", "iv" or "x"' });
/** A lower-case Roman numeral label. */
export type RomanNumeral = z.infer<typeof RomanNumeral>;

/** A numbered part of a sub-topic: (a)(i) "typology of risks and threats…". */
export const SubTopicPart = z
  .object({
    numeral: RomanNumeral,
    title: LocalizedText,
  })
  .strict();
/** A numbered part of a sub-topic. */
export type SubTopicPart = z.infer<typeof SubTopicPart>;

/**
 * A lettered sub-topic of a thematic discussion with its numbered parts: in 2011, (a) the
 * nature and scope of the problem with (i)–(iv), and (b) responses with (i)–(iv).
 */
export const SubTopic = z
  .object({
    letter: Letter,
    title: LocalizedText,
    parts: z.array(SubTopicPart),
  })
  .strict()
  .superRefine((topic, ctx) => {
    const seen = new Set<string>();
    topic.parts.forEach((part, index) => {
      if (seen.has(part.numeral)) {
        ctx.addIssue({
          code: "custom",
          path: ["parts", index, "numeral"],
          message: `sub-topic (${topic.letter}) has part (${part.numeral}) twice`,
        });
      }
      seen.add(part.numeral);
    });
  });
/** A lettered sub-topic with its numbered parts. */
export type SubTopic = z.infer<typeof SubTopic>;

/**
 * How the sub-topics were approved. In 2011: approved by the Commission's intersessional
 * meeting on 27 January 2011, on the recommendation of the extended Bureau's first meeting of
 * 11 January 2011 (guide ¶3).
 */
export const SubTopicApproval = z
  .object({
    approvedOn: PartialDate.optional(),
    approvedBy: LocalizedText.optional(),
    recommendedBy: LocalizedText.optional(),
    recommendedOn: PartialDate.optional(),
    provenance: z.array(Provenance).optional(),
  })
  .strict()
  .refine(
    (approval) =>
      approval.approvedOn === undefined ||
      approval.recommendedOn === undefined ||
      earliestDay(approval.recommendedOn) <= latestDay(approval.approvedOn),
    { message: "sub-topics cannot be approved before they were recommended", path: ["approvedOn"] },
  );
/** How a discussion's sub-topics were approved. */
export type SubTopicApproval = z.infer<typeof SubTopicApproval>;
