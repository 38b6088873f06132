import { describe, expectTypeOf, it } from "vitest";
import type { LocalizedText } from "../text/LocalizedText";
import type { AgendaItem, AgendaSubItem, ProvisionalAgenda } from "./ProvisionalAgenda";
import { findAgendaItem } from "./ProvisionalAgenda";
import type { ScheduleChange, ScheduleChangeKind } from "./ScheduleChange";
import type { Session, SessionDesignation } from "./Session";
import { reschedule, scheduleTimeline } from "./ScheduleHistory";
import type { ScheduleStep } from "./ScheduleHistory";
import type { BoundDates, PeriodDates, SessionDates, UnknownDates } from "./SessionDates";
import type { SessionFormat, SessionStatus } from "./SessionSchedule";

describe("Session types", () => {
  it("a session's designation, number and title are typed as the domain says", () => {
    expectTypeOf<Session["designation"]>().toEqualTypeOf<SessionDesignation>();
    expectTypeOf<SessionDesignation>().toEqualTypeOf<
      "session" | "meeting" | "organizational-session" | "resumed-session" | "special-session"
    >();
    expectTypeOf<Session["number"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Session["title"]>().toEqualTypeOf<LocalizedText | undefined>();
    expectTypeOf<Session["id"]>().toEqualTypeOf<string>();
  });

  it("the schedule's status and format are closed unions", () => {
    expectTypeOf<Session["schedule"]["status"]>().toEqualTypeOf<SessionStatus>();
    // "unknown": a session the sources name without saying where it stands (GA 75th).
    expectTypeOf<SessionStatus>().toEqualTypeOf<
      "planned" | "scheduled" | "postponed" | "held" | "cancelled" | "unknown"
    >();
    expectTypeOf<Session["schedule"]["format"]>().toEqualTypeOf<SessionFormat | undefined>();
    expectTypeOf<SessionFormat>().toEqualTypeOf<"in-person" | "hybrid" | "online" | "reduced">();
  });

  it("SessionDates narrows on kind", () => {
    expectTypeOf<SessionDates>().toEqualTypeOf<PeriodDates | BoundDates | UnknownDates>();
    expectTypeOf<SessionDates["kind"]>().toEqualTypeOf<"period" | "bound" | "unknown">();
    expectTypeOf<Extract<SessionDates, { kind: "bound" }>["notAfter"]>().toEqualTypeOf<string | undefined>();
  });

  it("a schedule change keeps both dates and an optional deciding decision", () => {
    expectTypeOf<ScheduleChange["from"]>().toEqualTypeOf<SessionDates>();
    expectTypeOf<ScheduleChange["to"]>().toEqualTypeOf<SessionDates>();
    expectTypeOf<ScheduleChange["kind"]>().toEqualTypeOf<ScheduleChangeKind>();
    expectTypeOf<ScheduleChange["decidedBy"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Session["scheduleHistory"]>().toEqualTypeOf<ScheduleChange[]>();
  });

  it("reschedule returns a session and takes no `from`", () => {
    expectTypeOf(reschedule).returns.toEqualTypeOf<Session>();
    expectTypeOf(reschedule).parameter(1).not.toHaveProperty("from");
    expectTypeOf(scheduleTimeline).returns.toEqualTypeOf<ScheduleStep[]>();
  });

  it("an agenda is optional and finding an item may find an item or a sub-item", () => {
    expectTypeOf<Session["agenda"]>().toEqualTypeOf<ProvisionalAgenda | undefined>();
    expectTypeOf(findAgendaItem).returns.toEqualTypeOf<AgendaItem | AgendaSubItem | undefined>();
    expectTypeOf<AgendaItem["subItems"]>().toEqualTypeOf<AgendaSubItem[]>();
  });
});
