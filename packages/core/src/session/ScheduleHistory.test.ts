import { describe, expect, it } from "vitest";
import { Session } from "./Session";
import {
  currentDates,
  originalDates,
  reschedule,
  scheduleTimeline,
  statusAfter,
  timesRescheduled,
  wasPostponed,
} from "./ScheduleHistory";
import { describeDates } from "./SessionDates";

/** The ad hoc committee's organizational session as GA resolution 74/247 first decided it (2021 report ¶11). */
const organizationalAsDecided = Session.parse({
  id: "ahc-cybercrime-organizational",
  bodyId: "ahc-cybercrime",
  designation: "organizational-session",
  schedule: {
    dates: { kind: "period", period: { start: "2020-08" }, durationDays: 3 },
    venue: { city: { en: "New York", zh: "纽约" } },
    status: "planned",
  },
  scheduleHistory: [],
});

/** Its three changes, as ¶11–12 tell them. */
function organizationalSession(): Session {
  const postponed = reschedule(organizationalAsDecided, {
    kind: "postponement",
    to: { kind: "bound", notAfter: "2021-03-01", durationDays: 3 },
    decidedBy: "GA decision 74/567",
    reason: { zh: "由于COVID-19大流行的影响" },
  });
  const set = reschedule(postponed, {
    kind: "dates-set",
    to: { kind: "period", period: { start: "2021-01-20", end: "2021-01-22" } },
    decidedBy: "GA decision 74/567",
    announcedOn: "2020-10-01",
  });
  return reschedule(set, {
    kind: "postponement",
    to: { kind: "period", period: { start: "2021-05-10", end: "2021-05-12" } },
    decidedBy: "GA decision 75/555",
  });
}

/** The expert group's 6th meeting (2021 report ¶37). */
function sixthMeeting(): Session {
  const planned = Session.parse({
    id: "eg-cybercrime-6",
    bodyId: "eg-cybercrime",
    designation: "meeting",
    number: 6,
    schedule: { dates: { kind: "period", period: { start: "2020-04-06", end: "2020-04-08" } }, status: "scheduled" },
    scheduleHistory: [],
  });
  return reschedule(planned, {
    kind: "postponement",
    to: { kind: "period", period: { start: "2020-07-27", end: "2020-07-29" } },
    authority: { en: "extended Bureau", zh: "扩大主席团" },
    reason: { zh: "由于 COVID-19 大流行" },
    status: "held",
    format: "hybrid",
    formatNote: { zh: "主席和秘书处代表在会议室出席，所有其他与会者在线上出席，并配有通过在线平台提供的同声传译" },
  });
}

describe("schedule history", () => {
  it("a postponed session keeps its history", () => {
    const session = organizationalSession();
    expect(Session.safeParse(session).success).toBe(true);
    expect(timesRescheduled(session)).toBe(3);
    expect(wasPostponed(session)).toBe(true);
    expect(originalDates(session)).toEqual({ kind: "period", period: { start: "2020-08" }, durationDays: 3 });
    expect(currentDates(session)).toEqual({ kind: "period", period: { start: "2021-05-10", end: "2021-05-12" } });
    expect(session.scheduleHistory.map((change) => change.decidedBy)).toEqual([
      "GA decision 74/567",
      "GA decision 74/567",
      "GA decision 75/555",
    ]);
    expect(session.scheduleHistory[1]?.announcedOn).toBe("2020-10-01");
    expect(session.schedule.venue?.city.en).toBe("New York");
  });

  it("the timeline lists every set of dates in order, the last one current", () => {
    const timeline = scheduleTimeline(organizationalSession());
    expect(timeline.map((step) => describeDates(step.dates))).toEqual([
      "2020-08 (3 days)",
      "no later than 2021-03-01 (3 days)",
      "2021-01-20 to 2021-01-22",
      "2021-05-10 to 2021-05-12",
    ]);
    expect(timeline.map((step) => step.change?.kind)).toEqual([undefined, "postponement", "dates-set", "postponement"]);
    expect(timeline.map((step) => step.isCurrent)).toEqual([false, false, false, true]);
  });

  it("each change keeps the old dates it replaced", () => {
    const [first, second, third] = organizationalSession().scheduleHistory;
    expect(first?.from).toEqual(originalDates(organizationalSession()));
    expect(second?.from).toEqual(first?.to);
    expect(third?.from).toEqual({ kind: "period", period: { start: "2021-01-20", end: "2021-01-22" } });
  });

  it("rescheduling does not modify the session it starts from", () => {
    const before = structuredClone(organizationalAsDecided);
    organizationalSession();
    expect(organizationalAsDecided).toEqual(before);
  });

  it("status follows the change: postponed without a date, scheduled once the days are set", () => {
    const session = organizationalSession();
    const statuses = scheduleTimeline(session)
      .slice(1)
      .map((step) => (step.change === undefined ? undefined : statusAfter(step.change)));
    expect(statuses).toEqual(["postponed", "scheduled", "scheduled"]);
    expect(session.schedule.status).toBe("scheduled");
  });

  it("the expert group's 6th meeting was planned for April 2020 and held in July, hybrid", () => {
    const meeting = sixthMeeting();
    expect(Session.safeParse(meeting).success).toBe(true);
    expect(describeDates(originalDates(meeting))).toBe("2020-04-06 to 2020-04-08");
    expect(describeDates(currentDates(meeting))).toBe("2020-07-27 to 2020-07-29");
    expect(meeting.schedule).toMatchObject({ status: "held", format: "hybrid" });
    expect(meeting.scheduleHistory[0]?.authority?.zh).toBe("扩大主席团");
    expect(wasPostponed(meeting)).toBe(true);
    expect(timesRescheduled(meeting)).toBe(1);
  });

  it("a session never moved has its original dates as current and was not postponed", () => {
    expect(originalDates(organizationalAsDecided)).toBe(currentDates(organizationalAsDecided));
    expect(wasPostponed(organizationalAsDecided)).toBe(false);
    expect(scheduleTimeline(organizationalAsDecided)).toEqual([
      { dates: organizationalAsDecided.schedule.dates, isCurrent: true },
    ]);
  });

  it("keeps where each step was to meet, as the report says: New York for August 2020 and January 2021, none for May 2021", () => {
    const newYork = { city: { en: "New York", zh: "纽约" } };
    const organizational = organizationalSession();
    const [postponed, set, moved] = organizational.scheduleHistory;
    const withVenues = Session.parse({
      ...organizational,
      schedule: { ...organizational.schedule, venue: undefined },
      scheduleHistory: [
        { ...postponed, fromVenue: newYork },
        { ...set, toVenue: newYork },
        { ...moved, fromVenue: newYork },
      ],
    });
    expect(
      scheduleTimeline(withVenues).map((step) => [describeDates(step.dates), step.venue?.city.en ?? null]),
    ).toEqual([
      ["2020-08 (3 days)", "New York"],
      ["no later than 2021-03-01 (3 days)", null],
      ["2021-01-20 to 2021-01-22", "New York"],
      ["2021-05-10 to 2021-05-12", null],
    ]);
  });

  it("a venue the history moves to must be the venue the next step starts from", () => {
    const organizational = organizationalSession();
    const [postponed, set, moved] = organizational.scheduleHistory;
    const broken = Session.safeParse({
      ...organizational,
      scheduleHistory: [
        postponed,
        { ...set, toVenue: { city: { en: "New York" } } },
        { ...moved, fromVenue: { city: { en: "Vienna" } } },
      ],
    });
    expect(broken.error?.issues).toMatchObject([
      {
        path: ["scheduleHistory", 1, "toVenue"],
        message:
          "schedule history is broken at change 1: it moved the session to New York but change 2's fromVenue says Vienna",
      },
    ]);
    const againstCurrent = Session.safeParse({
      ...organizational,
      scheduleHistory: [postponed, set, { ...moved, toVenue: { city: { en: "Vienna" } } }],
    });
    expect(againstCurrent.error?.issues[0]?.message).toContain("but the current schedule says New York");
  });

  it("dates set within a bound are not a postponement", () => {
    const bound = reschedule(organizationalAsDecided, {
      kind: "dates-set",
      to: { kind: "period", period: { start: "2020-08-10", end: "2020-08-12" } },
    });
    expect(wasPostponed(bound)).toBe(false);
    expect(bound.schedule.status).toBe("scheduled");
  });
});
