import {
  describeDates,
  dueReports,
  findAgendaItem,
  isPartialReference,
  scheduleTimeline,
  timesRescheduled,
  wasPostponed,
} from "@remit/core";
import type { Session } from "@remit/core";
import { describe, expect, it } from "vitest";
import { GUIDE_2011, REPORT_2021 } from "../src";
import { seedDataset } from "./SeedQueries";

const dataset = seedDataset();

function session(id: string): Session {
  const found = dataset.sessions.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no session ${id}`);
  return found;
}

describe("the ad hoc committee's organizational session (2021 report ¶11–12)", () => {
  const organizational = session("ahc-cybercrime-org");

  it("keeps its full schedule history: August 2020, no later than 1 March 2021, 20–22 January 2021, 10–12 May 2021", () => {
    expect(scheduleTimeline(organizational).map((step) => describeDates(step.dates))).toEqual([
      "2020-08 (3 days)",
      "no later than 2021-03-01",
      "2021-01-20 to 2021-01-22",
      "2021-05-10 to 2021-05-12",
    ]);
    expect(timesRescheduled(organizational)).toBe(3);
    expect(wasPostponed(organizational)).toBe(true);
  });

  it("records who moved it and when Member States were told", () => {
    expect(
      organizational.scheduleHistory.map((change) => [
        change.kind,
        change.decidedBy ?? null,
        change.announcedOn ?? null,
      ]),
    ).toEqual([
      ["postponement", "GA decision 74/567", null],
      ["dates-set", null, "2020-10-01"],
      ["postponement", "GA decision 75/555", null],
    ]);
    for (const change of organizational.scheduleHistory) {
      expect(change.provenance?.every((p) => p.source === "document" && p.symbol === REPORT_2021.citation)).toBe(true);
    }
  });

  it("is scheduled for 10–12 May 2021 with no venue, because the report names New York only for the earlier dates", () => {
    expect(organizational.schedule.status).toBe("scheduled");
    expect(organizational.schedule.venue).toBeUndefined();
    expect(organizational.designation).toBe("organizational-session");
    expect(organizational.number).toBeUndefined();
  });
});

describe("what the report says of the ad hoc committee's venues and of the General Assembly's 75th session", () => {
  it("the organizational session was to meet in New York in August 2020 and in January 2021; for May 2021 no venue is given", () => {
    const steps = scheduleTimeline(session("ahc-cybercrime-org"));
    expect(steps.map((step) => [describeDates(step.dates), step.venue?.city.en ?? null])).toEqual([
      ["2020-08 (3 days)", "New York"],
      ["no later than 2021-03-01", null],
      ["2021-01-20 to 2021-01-22", "New York"],
      ["2021-05-10 to 2021-05-12", null],
    ]);
  });

  it("the General Assembly's 75th session, to which the committee's outline goes, is held with nothing the seed does not say", () => {
    const seventyFifth = session("ga-75");
    expect(seventyFifth).toMatchObject({ bodyId: "ga", designation: "session", number: 75 });
    expect(seventyFifth.schedule).toEqual({ dates: { kind: "unknown" }, status: "unknown" });
    expect(seventyFifth.provenance).toEqual([
      expect.objectContaining({ symbol: REPORT_2021.citation, paragraphs: [11] }),
    ]);
    const [outline] = dueReports(dataset.mandates, seventyFifth.bodyId, seventyFifth.number!);
    expect(outline?.obligation.id).toBe("a-res-74-247-outline");
  });

  it("each seed's provisional agenda symbol is cited from its unnumbered footnote", () => {
    for (const [id, document, agenda] of [
      [GUIDE_2011.sessionId, GUIDE_2011.citation, "E/CN.15/2011/1"],
      [REPORT_2021.sessionId, REPORT_2021.citation, "E/CN.15/2021/1"],
    ] as const) {
      expect(session(id).provenance).toContainEqual({
        source: "document",
        symbol: document,
        paragraphs: [],
        footnotes: ["*"],
        quote: `* ${agenda}。`,
      });
    }
  });
});

describe("the expert group on cybercrime's meetings (¶36–39)", () => {
  const meetings = dataset.sessions.filter((candidate) => candidate.bodyId === "eg-cybercrime");

  it("met six times, in 2011, 2013, 2017, 2018, 2019 and 2020, and scheduled its seventh, the stocktaking meeting, for 6–8 April 2021", () => {
    expect(
      meetings.map((meeting) => [meeting.number, describeDates(meeting.schedule.dates), meeting.schedule.status]),
    ).toEqual([
      [1, "2011", "held"],
      [2, "2013", "held"],
      [3, "2017", "held"],
      [4, "2018", "held"],
      [5, "2019", "held"],
      [6, "2020-07-27 to 2020-07-29", "held"],
      [7, "2021-04-06 to 2021-04-08", "scheduled"],
    ]);
  });

  it("held its sixth meeting in hybrid format after postponing it from 6–8 April 2020, with the extended bureau's approval", () => {
    const sixth = session("eg-cybercrime-6");
    expect(sixth.schedule.format).toBe("hybrid");
    expect(sixth.schedule.formatNote?.en).toMatch(
      /Chair and representatives of the secretariat .* in the meeting room/,
    );
    expect(sixth.scheduleHistory).toEqual([
      expect.objectContaining({
        kind: "postponement",
        from: { kind: "period", period: { start: "2020-04-06", end: "2020-04-08" } },
        to: { kind: "period", period: { start: "2020-07-27", end: "2020-07-29" } },
        authority: expect.objectContaining({ zh: "扩大主席团（核准）" }),
      }),
    ]);
  });
});

describe("the Commission's sessions and agendas", () => {
  it("the 20th session (Vienna, 11–15 April 2011) lists the guide under provisional agenda item 4 of E/CN.15/2011/1", () => {
    const twentieth = session(GUIDE_2011.sessionId);
    expect(twentieth.schedule.venue?.city.en).toBe("Vienna");
    expect(twentieth.agenda?.symbol).toBe("E/CN.15/2011/1");
    expect(findAgendaItem(twentieth.agenda!, GUIDE_2011.agendaItem)).toMatchObject({
      documents: [{ symbol: GUIDE_2011.symbol }],
    });
  });

  it("the 29th session met in reduced format on dates the seeds do not give", () => {
    expect(session("ccpcj-29").schedule).toMatchObject({
      dates: { kind: "unknown" },
      format: "reduced",
      status: "held",
    });
  });

  it("the 30th session (Vienna, 17–21 May 2021) lists the report, known by title and partial symbol, under item 6(d) of E/CN.15/2021/1", () => {
    const thirtieth = session(REPORT_2021.sessionId);
    expect(describeDates(thirtieth.schedule.dates)).toBe("2021-05-17 to 2021-05-21");
    expect(thirtieth.agenda?.symbol).toBe("E/CN.15/2021/1");
    const item = findAgendaItem(thirtieth.agenda!, REPORT_2021.agendaItem);
    expect(item?.title.zh).toBe("预防犯罪和刑事司法方面的其他事项");
    // The report's number is not stated: E/CN.15/2021/…, never a guessed E/CN.15/2021/n.
    expect(item?.documents).toEqual([
      {
        symbol: REPORT_2021.citation,
        title: expect.objectContaining({ zh: expect.stringContaining("促进技术援助和能力建设") }),
      },
    ]);
    expect(isPartialReference(item?.documents[0]?.symbol ?? "")).toBe(true);
    expect(findAgendaItem(thirtieth.agenda!, "6")?.title.en).toMatch(/^Integration and coordination of efforts/);
  });

  it("the 12th Crime Congress met in Salvador, Brazil, on 12–19 April 2010; the 13th is known only to have adopted the Doha Declaration", () => {
    expect(describeDates(session("crime-congress-12").schedule.dates)).toBe("2010-04-12 to 2010-04-19");
    expect(session("crime-congress-13").schedule.dates).toEqual({ kind: "unknown" });
  });
});
