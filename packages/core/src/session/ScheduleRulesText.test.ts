import { describe, expect, it } from "vitest";
import { problemsFromIssues } from "../store/RecordProblems";
import { formatRecordProblemIn } from "../store/RecordProblemText";
import type { Language } from "../text/Language";
import { kindContradiction, kindContradictionBreach } from "./ScheduleChange";
import { Session } from "./Session";

const may2021 = { kind: "period", period: { start: "2021-05-10", end: "2021-05-12" } } as const;
const january2021 = { kind: "period", period: { start: "2021-01-20", end: "2021-01-22" } } as const;
const noLaterThanMarch = { kind: "bound", notAfter: "2021-03-01" } as const;

/** The ad hoc committee's organizational session (2021 report ¶11–12), with a history to break. */
const organizational = {
  id: "ahc-cybercrime-organizational",
  bodyId: "ahc-cybercrime",
  designation: "organizational-session",
  schedule: { dates: may2021, venue: { city: { en: "New York", zh: "纽约", ar: "نيويورك" } }, status: "scheduled" },
  scheduleHistory: [] as unknown[],
};

/** Each problem the session schema finds, in a reader's language. */
function problemsIn(session: unknown, language: Language): string[] {
  const parsed = Session.safeParse(session, { reportInput: true });
  if (parsed.success) throw new Error("expected the session to be refused");
  return problemsFromIssues(parsed.error.issues).map((problem) => formatRecordProblemIn(problem, language));
}

describe("a schedule change whose kind contradicts its dates, in the reader's language", () => {
  const backwards = {
    ...organizational,
    schedule: { ...organizational.schedule, dates: january2021 },
    scheduleHistory: [{ kind: "postponement", from: may2021, to: january2021 }],
  };

  it("is a rule with the dates as data, and the English message is the schema's own", () => {
    const change = { kind: "postponement", from: may2021, to: january2021 } as const;
    expect(kindContradictionBreach(change)).toEqual({
      _tag: "RuleBreach",
      rule: "scheduleChange.postponedEarlier",
      values: { from: { dates: may2021 }, to: { dates: january2021 } },
    });
    expect(kindContradiction(change)).toBe(
      'a postponement cannot move the session earlier (from 2021-05-10 to 2021-05-12 to 2021-01-20 to 2021-01-22); use "brought-forward"',
    );
    expect(kindContradictionBreach({ ...change, kind: "brought-forward" })).toBeUndefined();
  });

  it("a Chinese reader reads the postponement that moved the session earlier in Chinese, dates included", () => {
    expect(problemsIn(backwards, "zh")).toEqual([
      "scheduleHistory[0].kind：推迟不能使会议提前（原日期：2021年5月10日至2021年5月12日；新日期：2021年1月20日至2021年1月22日）；请使用“brought-forward”",
    ]);
  });

  it("an Arabic reader reads dates set outside the earlier bound in Arabic", () => {
    const outside = {
      ...organizational,
      scheduleHistory: [{ kind: "dates-set", from: noLaterThanMarch, to: may2021 }],
    };
    const [said] = problemsIn(outside, "ar");
    expect(said).toContain(
      "المواعيد المحدَّدة (من 10 أيار/مايو 2021 إلى 12 أيار/مايو 2021) تقع خارج ما تقرَّر سابقاً (في موعد أقصاه 1 آذار/مارس 2021)",
    );
  });
});

describe("a broken schedule history names its dates and venues in the reader's language", () => {
  it("a history that does not lead to the current dates gives both sets of dates in Russian and Chinese", () => {
    const broken = {
      ...organizational,
      scheduleHistory: [
        { kind: "postponement", from: { kind: "period", period: { start: "2020-08" } }, to: noLaterThanMarch },
      ],
    };
    expect(problemsIn(broken, "ru")).toEqual([
      "scheduleHistory[0].to: история расписания нарушена на изменении 0: оно назначило сессию на не позднее 1 марта 2021 г., но текущее расписание указывает с 10 мая 2021 г. по 12 мая 2021 г.",
    ]);
    expect(problemsIn(broken, "zh")[0]).toContain(
      "该次变更将会议改为 不晚于2021年3月1日，但现行日程为 2021年5月10日至2021年5月12日",
    );
  });

  it("a history that moved the session to another city names the city as the reader's language writes it", () => {
    const elsewhere = {
      ...organizational,
      scheduleHistory: [
        { kind: "dates-set", from: may2021, to: may2021, toVenue: { city: { en: "Vienna", zh: "维也纳" } } },
      ],
    };
    expect(problemsIn(elsewhere, "zh")[0]).toContain("该次变更将会议移至 维也纳，但现行日程为 纽约");
  });
});
