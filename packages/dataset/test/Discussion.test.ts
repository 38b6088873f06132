import { findQuestion, questionCount, subTopicLabel } from "@remit/core";
import { describe, expect, it } from "vitest";
import { seedDataset } from "./SeedQueries";

const dataset = seedDataset();
const [discussion] = dataset.thematicDiscussions;
if (discussion === undefined) throw new Error("no thematic discussion");

describe("the 2011 thematic discussion as the guide states it", () => {
  it("has the theme chosen by ECOSOC decision 2010/243, a mandate of the dataset", () => {
    expect(discussion.theme.zh).toBe("保护数字时代的儿童：滥用技术虐待和剥削儿童问题");
    expect(discussion.chosenBy).toBe("ECOSOC decision 2010/243");
    expect(dataset.mandates.some((mandate) => mandate.symbol === discussion.chosenBy)).toBe(true);
  });

  it("has sub-topics (a)(i)–(iv) and (b)(i)–(iv), approved on 27 January 2011 on the extended bureau's recommendation of 11 January", () => {
    expect(discussion.subTopics.map((topic) => [topic.letter, topic.parts.map((part) => part.numeral)])).toEqual([
      ["a", ["i", "ii", "iii", "iv"]],
      ["b", ["i", "ii", "iii", "iv"]],
    ]);
    expect(discussion.subTopicApproval).toMatchObject({ approvedOn: "2011-01-27", recommendedOn: "2011-01-11" });
  });

  it("has eight question groups in ¶6–13 with 64 lettered questions", () => {
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

  it("keeps the numbered points of the questions that have them: 8(a), 12(d), 12(m), 12(n), 13(d)", () => {
    const withPoints = discussion.questionGroups.flatMap((group) =>
      group.questions
        .filter((question) => question.points.length > 0)
        .map((question) => `${question.paragraph}(${question.letter})`),
    );
    expect(withPoints).toEqual(["8(a)", "12(d)", "12(m)", "12(n)", "13(d)"]);
    expect(
      ["8(a)", "12(d)", "12(m)", "12(n)", "13(d)"].map(
        (reference) => findQuestion(discussion.questionGroups, reference)?.points.length,
      ),
    ).toEqual([2, 4, 10, 3, 3]);
  });

  it("every question sits in the paragraph of its group and letters run a, b, c … without gaps", () => {
    for (const group of discussion.questionGroups) {
      const letters = group.questions.map((question) => question.letter).join("");
      expect(letters).toBe("abcdefghijklmn".slice(0, group.questions.length));
      expect(group.questions.every((question) => question.paragraph === group.paragraph)).toBe(true);
    }
  });

  it("gives every title, question and point in Chinese, as the seed words it, and in English", () => {
    const texts = [
      ...discussion.subTopics.flatMap((topic) => [topic.title, ...topic.parts.map((part) => part.title)]),
      ...discussion.questionGroups.flatMap((group) => [
        group.title,
        ...group.questions.flatMap((question) => [question.text, ...question.points.map((point) => point.text)]),
      ]),
    ];
    expect(texts).toHaveLength(2 + 8 + 8 + 64 + 22);
    for (const text of texts) {
      expect(text.zh, JSON.stringify(text)).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en, JSON.stringify(text)).toMatch(/^[A-Z“(]/);
    }
    // The seed's own slip "越多越多" (for 越来越多) in ¶6(c) is kept verbatim.
    expect(findQuestion(discussion.questionGroups, "6(c)")?.text.zh).toContain("越多越多");
  });

  it("keeps each group's lead-in, and the sub-topic it takes up: ¶10 quotes (b)(i), the others restate theirs in order", () => {
    expect(
      discussion.questionGroups.map((group) => [
        group.number,
        group.subTopic === undefined ? null : `${subTopicLabel(group.subTopic)} ${group.subTopic.basis}`,
      ]),
    ).toEqual([
      [1, "(a)(i) same-wording"],
      [2, "(a)(ii) same-wording"],
      [3, "(a)(iii) same-wording"],
      [4, "(a)(iv) same-wording"],
      [5, "(b)(i) quoted"],
      [6, "(b)(ii) same-wording"],
      [7, "(b)(iii) same-wording"],
      [8, "(b)(iv) same-wording"],
    ]);
    for (const group of discussion.questionGroups) {
      expect(group.lead?.zh, `group ${group.number}`).toMatch(/^关于.*(可包括下列各项|可包括)：$/);
      expect(group.lead?.en, `group ${group.number}`).toMatch(/^Questions on .*:$/);
    }
    const quoting = discussion.questionGroups.find((group) => group.subTopic?.basis === "quoted");
    expect(quoting?.lead?.zh).toContain(
      "“防止滥用数字媒体和新技术虐待和剥削儿童，包括通过教育和认识提高、情势预防和技术预防”",
    );
    expect(discussion.subTopics.find((topic) => topic.letter === "b")?.parts[0]?.title.zh).toMatch(
      /^防止滥用数字媒体和新技术虐待和剥削儿童，包括通过教育和认识提高/,
    );
  });

  it("records only the Chinese guide as issued, and no panel, moderator, speakers or Chair's summary", () => {
    expect(discussion.guide).toEqual({ symbol: "E/CN.15/2011/2", issued: [{ language: "zh" }], notIssued: [] });
    expect(discussion.panel).toBeUndefined();
    expect(discussion.moderator).toBeUndefined();
    expect(discussion.speakersList).toEqual([]);
    expect(discussion.chairSummary).toBeUndefined();
  });
});
