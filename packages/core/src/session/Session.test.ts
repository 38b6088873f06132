import { describe, expect, it } from "vitest";
import { decodeSession } from "../record/RecordDecoders";
import { formatRecordProblem } from "../store/RecordProblems";
import { Session } from "./Session";
import { SessionSchedule } from "./SessionSchedule";

const may2021 = { kind: "period", period: { start: "2021-05-10", end: "2021-05-12" } } as const;
const january2021 = { kind: "period", period: { start: "2021-01-20", end: "2021-01-22" } } as const;

function messages(input: unknown): string[] {
  const result = Session.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

const ccpcj20 = {
  id: "ccpcj-20",
  bodyId: "ccpcj",
  designation: "session",
  number: 20,
  schedule: {
    dates: { kind: "period", period: { start: "2011-04-11", end: "2011-04-15" } },
    venue: { city: { en: "Vienna", zh: "维也纳" } },
    status: "held",
  },
  scheduleHistory: [],
  agenda: {
    symbol: "E/CN.15/2011/1",
    items: [
      {
        number: "4",
        title: { zh: "关于“保护数字时代的儿童：滥用技术虐待和剥削儿童问题”的专题讨论" },
        documents: [{ symbol: "E/CN.15/2011/2" }],
        subItems: [],
      },
    ],
  },
  provenance: [{ source: "document", symbol: "E/CN.15/2011/2", paragraphs: [] }],
};

describe("Session", () => {
  it("the CCPCJ 20th session, with its provisional agenda, is a valid session", () => {
    expect(messages(ccpcj20)).toEqual([]);
  });

  it("a numbered session needs its number; an organizational session does not", () => {
    const { number: _number, ...unnumbered } = ccpcj20;
    expect(messages(unnumbered)).toEqual([
      'number: session ccpcj-20 is designated "session" and needs its number (20 for the 20th session)',
    ]);
    expect(messages({ ...unnumbered, designation: "organizational-session" })).toEqual([]);
  });

  it("a history whose last change does not lead to the current dates is rejected, naming both", () => {
    const broken = {
      ...ccpcj20,
      schedule: { ...ccpcj20.schedule, dates: may2021, status: "scheduled" },
      scheduleHistory: [
        { kind: "postponement", from: { kind: "period", period: { start: "2020-08" } }, to: january2021 },
      ],
    };
    expect(messages(broken)).toEqual([
      "scheduleHistory.0.to: schedule history is broken at change 0: it moved the session to 2021-01-20 to 2021-01-22 " +
        "but the current schedule says 2021-05-10 to 2021-05-12",
    ]);
  });

  it("consecutive changes must chain: each from is the previous to", () => {
    const broken = {
      ...ccpcj20,
      schedule: { ...ccpcj20.schedule, dates: may2021, status: "scheduled" },
      scheduleHistory: [
        {
          kind: "postponement",
          from: { kind: "period", period: { start: "2020-08" } },
          to: { kind: "bound", notAfter: "2021-03-01" },
        },
        { kind: "postponement", from: january2021, to: may2021 },
      ],
    };
    expect(messages(broken)).toEqual([
      "scheduleHistory.0.to: schedule history is broken at change 0: it moved the session to no later than 2021-03-01 " +
        "but change 1's from says 2021-01-20 to 2021-01-22",
    ]);
  });

  it("a postponement to earlier dates is rejected and suggests the right kind", () => {
    const backwards = {
      ...ccpcj20,
      schedule: { ...ccpcj20.schedule, dates: january2021, status: "scheduled" },
      scheduleHistory: [{ kind: "postponement", from: may2021, to: january2021 }],
    };
    expect(messages(backwards)).toEqual([
      "scheduleHistory.0.kind: a postponement cannot move the session earlier " +
        '(from 2021-05-10 to 2021-05-12 to 2021-01-20 to 2021-01-22); use "brought-forward"',
    ]);
    const fixed = { ...backwards, scheduleHistory: [{ kind: "brought-forward", from: may2021, to: january2021 }] };
    expect(messages(fixed)).toEqual([]);
  });

  it("dates set outside an earlier bound are rejected", () => {
    const outside = {
      ...ccpcj20,
      schedule: { ...ccpcj20.schedule, dates: may2021, status: "scheduled" },
      scheduleHistory: [{ kind: "dates-set", from: { kind: "bound", notAfter: "2021-03-01" }, to: may2021 }],
    };
    expect(messages(outside)[0]).toContain("dates set (2021-05-10 to 2021-05-12) fall outside what was decided before");
  });

  it("a deciding decision must be a symbol or a citation", () => {
    const session = {
      ...ccpcj20,
      schedule: { ...ccpcj20.schedule, dates: may2021, status: "scheduled" },
      scheduleHistory: [{ kind: "postponement", from: january2021, to: may2021, decidedBy: "the General Assembly" }],
    };
    const [message] = messages(session);
    expect(message).toMatch(
      /^scheduleHistory\.0\.decidedBy: "the General Assembly" is neither a document symbol nor a citation/,
    );
    const cited = { ...session, scheduleHistory: [{ ...session.scheduleHistory[0], decidedBy: "GA decision 75/555" }] };
    expect(Session.parse(cited).scheduleHistory[0]?.decidedBy).toBe("GA decision 75/555");
  });

  it("unknown fields are refused, so a typo cannot hide data", () => {
    // A direct parse names the key as data: its words are those of the app's zod locale, not core's.
    const issues = Session.safeParse({ ...ccpcj20, sesion: 20 }).error?.issues ?? [];
    expect(issues.map((issue) => (issue.code === "unrecognized_keys" ? issue.keys : []))).toEqual([["sesion"]]);
    // Core's decoder words it the same whatever locale the app chose.
    const decoded = decodeSession({ ...ccpcj20, sesion: 20 });
    expect(decoded.ok ? [] : decoded.error.problems.map(formatRecordProblem)).toEqual([
      'sesion: "sesion" is not a field of this record',
    ]);
  });
});

describe("SessionSchedule", () => {
  it("a hybrid arrangement is described by a note next to the format", () => {
    const schedule = {
      dates: { kind: "period", period: { start: "2020-07-27", end: "2020-07-29" } },
      format: "hybrid",
      formatNote: { zh: "主席和秘书处代表在会议室出席，所有其他与会者在线上出席" },
      status: "held",
    };
    expect(SessionSchedule.safeParse(schedule).success).toBe(true);
    const { format: _format, ...withoutFormat } = schedule;
    expect(SessionSchedule.safeParse(withoutFormat).error?.issues[0]?.message).toBe(
      "a formatNote describes a format: set format as well",
    );
  });

  it("only the five statuses and four formats are accepted", () => {
    const base = { dates: { kind: "unknown" }, status: "held" };
    expect(SessionSchedule.safeParse({ ...base, status: "adjourned" }).success).toBe(false);
    expect(SessionSchedule.safeParse({ ...base, format: "virtual" }).success).toBe(false);
    expect(SessionSchedule.safeParse({ ...base, format: "reduced" }).success).toBe(true);
  });
});
