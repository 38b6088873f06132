import { describe, expect, it } from "vitest";
import { Session, findAgendaItem } from "../session";
import { guideLanguages } from "./DiscussionGuide";
import { findQuestion } from "./QuestionGroup";
import { subTopicLabel } from "./SubTopic";
import { ccpcj20Session, protectingChildrenDiscussion } from "./Seed2011.fixture";
import { SpeakerEntry } from "./SpeakersList";
import { ChairSummary } from "./ChairSummary";
import { ThematicDiscussion, questionCount } from "./ThematicDiscussion";

const discussion = ThematicDiscussion.parse(protectingChildrenDiscussion);

function issues(input: unknown): string[] {
  const result = ThematicDiscussion.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("the 2011 thematic discussion, as the guide states it", () => {
  it("belongs to the CCPCJ 20th session under agenda item 4, theme chosen by ECOSOC decision 2010/243", () => {
    const session = Session.parse(ccpcj20Session);
    expect(discussion.sessionId).toBe(session.id);
    expect(discussion.chosenBy).toBe("ECOSOC decision 2010/243");
    expect(discussion.agendaItem).toBe("4");
    expect(findAgendaItem(session.agenda!, discussion.agendaItem!)?.documents[0]?.symbol).toBe("E/CN.15/2011/2");
  });

  it("has sub-topics (a) and (b), each with parts (i) to (iv), approved 27 January 2011 on the recommendation of 11 January", () => {
    expect(discussion.subTopics.map((topic) => [topic.letter, topic.parts.map((part) => part.numeral)])).toEqual([
      ["a", ["i", "ii", "iii", "iv"]],
      ["b", ["i", "ii", "iii", "iv"]],
    ]);
    expect(discussion.subTopicApproval).toMatchObject({ approvedOn: "2011-01-27", recommendedOn: "2011-01-11" });
  });

  it("has eight question groups in ¶6 to ¶13 with their lettered questions", () => {
    expect(discussion.questionGroups.map((group) => [group.number, group.paragraph, group.questions.length])).toEqual([
      [1, 6, 4],
      [2, 7, 10],
      [3, 8, 7],
      [4, 9, 7],
      [5, 10, 11],
      [6, 11, 6],
      [7, 12, 14],
      [8, 13, 5],
    ]);
    expect(questionCount(discussion)).toBe(64);
  });

  it("keeps the numbered points of a question: ¶12(d) has four, ¶12(m) ten, ¶13(d) three", () => {
    expect(findQuestion(discussion.questionGroups, "12(d)")?.points.map((point) => point.numeral)).toEqual([
      "i",
      "ii",
      "iii",
      "iv",
    ]);
    expect(findQuestion(discussion.questionGroups, "12(m)")?.points).toHaveLength(10);
    expect(findQuestion(discussion.questionGroups, "13 (d)")?.points).toHaveLength(3);
    expect(findQuestion(discussion.questionGroups, "6(d)")?.text.zh).toBe(
      "是否有对网上性虐待和性剥削儿童行为的分类学？",
    );
    expect(findQuestion(discussion.questionGroups, "6(e)")).toBeUndefined();
  });

  it("records only what the seed states: a Chinese guide with no issue dates, no panel, no speakers", () => {
    expect(guideLanguages(discussion.guide!).map((version) => version.status)).toEqual([
      "unknown",
      "issued",
      "unknown",
      "unknown",
      "unknown",
      "unknown",
    ]);
    expect(discussion.panel).toBeUndefined();
    expect(discussion.speakersList).toEqual([]);
    expect(discussion.moderator).toBeUndefined();
    expect(discussion.chairSummary).toBeUndefined();
  });
});

describe("ThematicDiscussion validation", () => {
  it("a question letter used twice in a group is refused", () => {
    const draft = structuredClone(discussion);
    draft.questionGroups[0]!.questions[1]!.letter = "a";
    expect(issues(draft)).toEqual(["questionGroups.0.questions.1.letter: question group 1 has question (a) twice"]);
  });

  it("a sub-topic letter or a question group number used twice is refused", () => {
    const draft = structuredClone(discussion);
    draft.subTopics[1]!.letter = "a";
    draft.questionGroups[7]!.number = 1;
    expect(issues(draft)).toEqual([
      "subTopics.1.letter: sub-topic (a) appears twice in ccpcj-20-thematic-discussion",
      "questionGroups.7.number: question group 1 appears twice in ccpcj-20-thematic-discussion",
    ]);
  });

  it("a point numeral must be a Roman numeral and unique in its question", () => {
    const draft = structuredClone(discussion);
    const points = draft.questionGroups[6]!.questions[3]!.points;
    points[1]!.numeral = "i";
    expect(issues(draft)).toEqual([
      "questionGroups.6.questions.3.points.1.numeral: question 12(d) has point (i) twice",
    ]);
    points[1]!.numeral = "iiii";
    expect(issues(draft)[0]).toMatch(/expected a lower-case Roman numeral/);
  });

  it("sub-topics cannot be approved before they were recommended", () => {
    const draft = structuredClone(discussion);
    draft.subTopicApproval!.recommendedOn = "2011-02-01";
    expect(issues(draft)).toEqual([
      "subTopicApproval.approvedOn: sub-topics cannot be approved before they were recommended",
    ]);
  });

  it("the deciding decision must be a citation or a symbol", () => {
    expect(issues({ ...discussion, chosenBy: "ECOSOC 2010" })[0]).toMatch(
      /^chosenBy: "ECOSOC 2010" is neither a document symbol nor a citation/,
    );
  });

  it("a question group may say which sub-topic it takes up: ¶10 quotes (b)(i), ¶7 repeats (a)(ii)", () => {
    const draft = structuredClone(discussion);
    draft.questionGroups[4]!.lead = {
      zh: "关于“防止滥用数字媒体和新技术虐待和剥削儿童，包括通过教育和认识提高、情势预防和技术预防”的问题可包括下列各项：",
    };
    draft.questionGroups[4]!.subTopic = { letter: "b", numeral: "i", basis: "quoted" };
    draft.questionGroups[1]!.subTopic = { letter: "a", numeral: "ii", basis: "same-wording" };
    const parsed = ThematicDiscussion.parse(draft);
    expect(
      parsed.questionGroups.map((group) => (group.subTopic === undefined ? null : subTopicLabel(group.subTopic))),
    ).toEqual([null, "(a)(ii)", null, null, "(b)(i)", null, null, null]);
    expect(
      ThematicDiscussion.safeParse({
        ...draft,
        questionGroups: [{ ...draft.questionGroups[4]!, subTopic: { letter: "b", basis: "wording" } }],
      }).success,
    ).toBe(false);
  });

  it("a question group cannot take up a sub-topic the discussion does not list", () => {
    const draft = structuredClone(discussion);
    draft.questionGroups[7]!.subTopic = { letter: "b", numeral: "v", basis: "same-wording" };
    draft.questionGroups[0]!.subTopic = { letter: "c", basis: "same-wording" };
    expect(issues(draft)).toEqual([
      "questionGroups.0.subTopic: question group 1 takes up sub-topic (c), which ccpcj-20-thematic-discussion does not list; link to one of its subTopics",
      "questionGroups.7.subTopic: question group 8 takes up sub-topic (b)(v), which ccpcj-20-thematic-discussion does not list; link to one of its subTopics",
    ]);
  });

  it("a guide cannot list a language both as issued and as not issued", () => {
    const draft = structuredClone(discussion);
    draft.guide!.notIssued = ["zh"];
    expect(issues(draft)).toEqual([
      "guide.notIssued.0: guide E/CN.15/2011/2: zh is listed twice or as both issued and not issued",
    ]);
  });

  it("only a keynote is distributed in advance; a Chair's summary needs text or a symbol", () => {
    expect(SpeakerEntry.safeParse({ kind: "intervention", distributedInAdvance: true }).success).toBe(false);
    expect(SpeakerEntry.safeParse({ kind: "keynote", distributedInAdvance: true }).success).toBe(true);
    expect(ChairSummary.safeParse({}).success).toBe(false);
    expect(ChairSummary.safeParse({ text: { en: "Summary by the Chair" } }).success).toBe(true);
  });
});
