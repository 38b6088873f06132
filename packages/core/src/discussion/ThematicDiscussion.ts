import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { Provenance } from "../provenance/Provenance";
import { RecordId } from "../record/RecordId";
import { AgendaItemNumberText, DecisionReference } from "../session";
import { LocalizedText } from "../text/LocalizedText";
import { ChairSummary } from "./ChairSummary";
import { DiscussionGuide } from "./DiscussionGuide";
import { Panel } from "./Panel";
import { QuestionGroup } from "./QuestionGroup";
import { LiveTimer } from "./LiveTimer";
import { SpeakerEntry } from "./SpeakersList";
import { SubTopic, SubTopicApproval, linksToSubTopic, subTopicLabel } from "./SubTopic";

/**
 * The thematic discussion of a session (stored entity kind "thematicDiscussion"): its
 * prominent theme and the decision that chose it, the sub-topics and their approval, the
 * discussion guide and its question groups, and what decision 18/1 governs — the panel, the
 * moderator, the speakers' list and the Chair's summary. What a source does not state stays
 * absent or empty (the 2011 guide does not name the panellists); `checkDecision18_1` reports
 * such gaps as unknown.
 * @example
 * ThematicDiscussion.parse({
 *   id: "ccpcj-20-thematic-discussion", sessionId: "ccpcj-20",
 *   theme: { en: "Protecting children in a digital age: the misuse of technology to abuse and exploit children" },
 *   chosenBy: "ECOSOC decision 2010/243", subTopics: [], questionGroups: [], speakersList: [],
 * })
 */
export const ThematicDiscussion = z
  .strictObject({
    id: RecordId,
    sessionId: RecordId,
    /** The provisional agenda item the discussion is held under ("4" in 2011). */
    agendaItem: z.optional(AgendaItemNumberText),
    theme: LocalizedText,
    chosenBy: z.optional(DecisionReference),
    subTopics: z.array(SubTopic),
    subTopicApproval: z.optional(SubTopicApproval),
    guide: z.optional(DiscussionGuide),
    questionGroups: z.array(QuestionGroup),
    panel: z.optional(Panel),
    moderator: z.optional(z.string().check(z.minLength(1))),
    speakersList: z.array(SpeakerEntry),
    /** The moderator's clock while the discussion runs (see `applyLiveAction`); absent otherwise. */
    liveTimer: z.optional(LiveTimer),
    chairSummary: z.optional(ChairSummary),
    provenance: z.optional(z.array(Provenance)),
  })
  .check(
    z.superRefine((discussion, ctx) => {
      if (discussion.liveTimer !== undefined && discussion.liveTimer.current >= discussion.speakersList.length) {
        ctx.addIssue({
          code: "custom",
          path: ["liveTimer", "current"],
          message: `the clock gives the floor to entry ${discussion.liveTimer.current} but the speakers' list has ${discussion.speakersList.length} entries (counted from 0)`,
          params: rule("discussion.timerBeyondList", {
            current: discussion.liveTimer.current,
            count: discussion.speakersList.length,
          }),
        });
      }
      duplicates(discussion.subTopics.map((topic) => topic.letter)).forEach((index) =>
        ctx.addIssue({
          code: "custom",
          path: ["subTopics", index, "letter"],
          message: `sub-topic (${discussion.subTopics[index]?.letter}) appears twice in ${discussion.id}`,
          params: rule("discussion.subTopicTwice", {
            letter: discussion.subTopics[index]?.letter ?? "",
            discussion: discussion.id,
          }),
        }),
      );
      duplicates(discussion.questionGroups.map((group) => group.number)).forEach((index) =>
        ctx.addIssue({
          code: "custom",
          path: ["questionGroups", index, "number"],
          message: `question group ${discussion.questionGroups[index]?.number} appears twice in ${discussion.id}`,
          params: rule("discussion.groupTwice", {
            group: discussion.questionGroups[index]?.number ?? "",
            discussion: discussion.id,
          }),
        }),
      );
      discussion.questionGroups.forEach((group, index) => {
        if (group.subTopic === undefined || linksToSubTopic(group.subTopic, discussion.subTopics)) return;
        ctx.addIssue({
          code: "custom",
          path: ["questionGroups", index, "subTopic"],
          message: `question group ${group.number} takes up sub-topic ${subTopicLabel(group.subTopic)}, which ${discussion.id} does not list; link to one of its subTopics`,
          params: rule("discussion.unlistedSubTopic", {
            group: group.number,
            subTopic: subTopicLabel(group.subTopic),
            discussion: discussion.id,
          }),
        });
      });
    }),
  );
/** A session's thematic discussion. */
export type ThematicDiscussion = z.infer<typeof ThematicDiscussion>;

/** Indexes of values already seen earlier in the list. */
function duplicates<T>(values: readonly T[]): number[] {
  const seen = new Set<T>();
  const repeated: number[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) repeated.push(index);
    seen.add(value);
  });
  return repeated;
}

/** Counts the questions of a discussion guide, all groups together. */
export function questionCount(discussion: Pick<ThematicDiscussion, "questionGroups">): number {
  return discussion.questionGroups.reduce((total, group) => total + group.questions.length, 0);
}
