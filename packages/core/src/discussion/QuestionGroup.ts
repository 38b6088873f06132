import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { LocalizedText } from "../text/LocalizedText";
import { Letter, RomanNumeral, SubTopicLink } from "./SubTopic";

/** A numbered point inside a question ("could the following be considered: (i) … (iv)"). */
export const QuestionPoint = z.strictObject({
  numeral: RomanNumeral,
  text: LocalizedText,
});
/** A numbered point inside a question. */
export type QuestionPoint = z.infer<typeof QuestionPoint>;

/**
 * A lettered question of a discussion guide, with the guide paragraph it stands in: question
 * (d) of ¶6 in the 2011 guide. `points` are its numbered points, empty for most questions.
 */
export const GuideQuestion = z
  .strictObject({
    letter: Letter,
    text: LocalizedText,
    paragraph: z.int().check(z.positive()),
    points: z.array(QuestionPoint),
  })
  .check(
    z.superRefine((question, ctx) => {
      const seen = new Set<string>();
      question.points.forEach((point, index) => {
        if (seen.has(point.numeral)) {
          ctx.addIssue({
            code: "custom",
            path: ["points", index, "numeral"],
            message: `question ${question.paragraph}(${question.letter}) has point (${point.numeral}) twice`,
            params: rule("question.pointTwice", {
              paragraph: question.paragraph,
              letter: question.letter,
              numeral: point.numeral,
            }),
          });
        }
        seen.add(point.numeral);
      });
    }),
  );
/** A lettered question of a discussion guide. */
export type GuideQuestion = z.infer<typeof GuideQuestion>;

/**
 * A numbered group of questions in a discussion guide, e.g. group 1 "risks and threats faced
 * by children" (¶6 of the 2011 guide) with questions (a)–(d). `lead` is the paragraph's
 * lead-in, the sentence before the questions ("关于儿童面临的风险和威胁分类问题可包括下列各项："),
 * and `subTopic` the sub-topic the group takes up, with how the guide shows it (the
 * discussion checks that it exists). Letters are unique in a group.
 */
export const QuestionGroup = z
  .strictObject({
    number: z.int().check(z.positive()),
    paragraph: z.int().check(z.positive()),
    title: LocalizedText,
    lead: z.optional(LocalizedText),
    subTopic: z.optional(SubTopicLink),
    questions: z.array(GuideQuestion),
  })
  .check(
    z.superRefine((group, ctx) => {
      const seen = new Set<string>();
      group.questions.forEach((question, index) => {
        if (seen.has(question.letter)) {
          ctx.addIssue({
            code: "custom",
            path: ["questions", index, "letter"],
            message: `question group ${group.number} has question (${question.letter}) twice`,
            params: rule("questionGroup.questionTwice", { group: group.number, letter: question.letter }),
          });
        }
        seen.add(question.letter);
      });
    }),
  );
/** A numbered group of lettered questions. */
export type QuestionGroup = z.infer<typeof QuestionGroup>;

/**
 * Finds a question by its guide reference, "6(d)" (paragraph 6, question d).
 * @example findQuestion(discussion.questionGroups, "12(d)")?.points.length // 4
 */
export function findQuestion(groups: readonly QuestionGroup[], reference: string): GuideQuestion | undefined {
  const match = /^(\d+)\s*\(\s*([a-z])\s*\)$/.exec(reference.trim());
  if (match === null) return undefined;
  const paragraph = Number(match[1]);
  const letter = match[2];
  for (const group of groups) {
    const question = group.questions.find(
      (candidate) => candidate.paragraph === paragraph && candidate.letter === letter,
    );
    if (question !== undefined) return question;
  }
  return undefined;
}
