import { describe, expect, it } from "vitest";
import { Session, reschedule } from "../session";
import { checkDecision18_1 } from "./Decision18_1";
import type { Decision18_1Finding, Decision18_1Rule } from "./Decision18_1Finding";
import { ccpcj20Session, protectingChildrenDiscussion } from "./Seed2011.fixture";
import { ThematicDiscussion } from "./ThematicDiscussion";

/** A hypothetical session opening on 11 April 2011, so that the deadlines are 11 March and 11 February. */
const session = Session.parse({
  id: "example-session",
  bodyId: "ccpcj",
  designation: "session",
  number: 99,
  schedule: { dates: { kind: "period", period: { start: "2011-04-11", end: "2011-04-15" } }, status: "scheduled" },
  scheduleHistory: [],
});

/** A hypothetical discussion that records everything decision 18/1 governs, and complies. */
const compliant = ThematicDiscussion.parse({
  id: "example-discussion",
  sessionId: "example-session",
  theme: { en: "An example theme" },
  subTopics: [],
  questionGroups: [],
  guide: {
    symbol: "E/CN.15/2011/2",
    issued: ["ar", "zh", "en", "fr", "ru", "es"].map((language) => ({ language, on: "2011-03-01" })),
    notIssued: [],
  },
  panel: {
    nominations: [
      { nominatedBy: { kind: "member-state", country: "AUT" }, nominee: "Panellist A", on: "2011-02-11" },
      { nominatedBy: { kind: "regional-group", regionalGroup: "african" }, on: "2011-01-20" },
    ],
    electedOn: "2011-03-11",
    podiumSeats: [
      { regionalGroup: "african" },
      { regionalGroup: "asia-pacific" },
      { regionalGroup: "eastern-european" },
      { regionalGroup: "latin-american-caribbean" },
      { regionalGroup: "western-european-other", panellist: "Panellist A" },
    ],
    independentExperts: [
      { sector: "academia", regionalGroup: "asia-pacific" },
      { sector: "private-sector", regionalGroup: "western-european-other" },
    ],
  },
  speakersList: [
    { kind: "keynote", speaker: "Panellist A", usedSeconds: 600, distributedInAdvance: true },
    { kind: "intervention", regionalGroup: "african", plannedSeconds: 300, usedSeconds: 290 },
  ],
});

function only(findings: Decision18_1Finding[], rule: Decision18_1Rule): Decision18_1Finding[] {
  return findings.filter((finding) => finding.rule === rule);
}

function withChanges(change: (draft: ThematicDiscussion) => void): ThematicDiscussion {
  const draft = structuredClone(compliant);
  change(draft);
  return ThematicDiscussion.parse(draft);
}

describe("decision 18/1 checker", () => {
  it("a discussion that records everything and complies has only ok findings, one per nomination and speaker", () => {
    const findings = checkDecision18_1(compliant, session);
    expect(findings.map((finding) => [finding.rule, finding.status])).toEqual([
      ["nomination-deadline", "ok"],
      ["nomination-deadline", "ok"],
      ["panel-election", "ok"],
      ["podium-seats", "ok"],
      ["independent-experts", "ok"],
      ["keynote-length", "ok"],
      ["keynote-distribution", "ok"],
      ["intervention-length", "ok"],
      ["guide-languages", "ok"],
    ]);
  });

  it("the 2011 seed records no panel, no speakers and no issue dates: every rule is unknown, none violated", () => {
    const findings = checkDecision18_1(
      ThematicDiscussion.parse(protectingChildrenDiscussion),
      Session.parse(ccpcj20Session),
    );
    expect(new Set(findings.map((finding) => finding.status))).toEqual(new Set(["unknown"]));
    expect(findings.map((finding) => finding.rule)).toEqual([
      "nomination-deadline",
      "panel-election",
      "podium-seats",
      "independent-experts",
      "keynote-length",
      "keynote-distribution",
      "intervention-length",
      "guide-languages",
    ]);
    expect(only(findings, "guide-languages")[0]?.reason).toContain(
      "Arabic, Chinese, English, French, Russian, Spanish",
    );
  });

  it("a nomination made less than two months before the session is a violation, naming who and when", () => {
    const late = withChanges((draft) => {
      draft.panel!.nominations[1]!.on = "2011-02-12";
    });
    const [first, second] = only(checkDecision18_1(late, session), "nomination-deadline");
    expect(first?.status).toBe("ok");
    expect(second).toMatchObject({
      status: "violation",
      path: ["panel", "nominations", 1, "on"],
      level: "recommendation",
    });
    expect(second?.reason).toBe(
      "nomination 2 (by the african group) was made on 2011-02-12, after the deadline 2011-02-11, two months before " +
        "the session opens on 2011-04-11; decision 18/1 urges nominations at least two months before the session",
    );
  });

  it("a nomination without a date, or known only to the deadline's month, is unknown", () => {
    const vague = withChanges((draft) => {
      delete draft.panel!.nominations[0]!.on;
      draft.panel!.nominations[1]!.on = "2011-02";
    });
    const findings = only(checkDecision18_1(vague, session), "nomination-deadline");
    expect(findings.map((finding) => finding.status)).toEqual(["unknown", "unknown"]);
    expect(findings[0]?.reason).toMatch(/^nomination 1 \(by AUT of Panellist A\) has no date/);
  });

  it("the election is judged against the session's current opening, after a postponement", () => {
    const electedLate = withChanges((draft) => {
      draft.panel!.electedOn = "2011-03-20";
    });
    expect(only(checkDecision18_1(electedLate, session), "panel-election")[0]).toMatchObject({
      status: "violation",
      path: ["panel", "electedOn"],
    });
    const postponed = reschedule(session, {
      kind: "postponement",
      to: { kind: "period", period: { start: "2011-05-16", end: "2011-05-20" } },
    });
    expect(only(checkDecision18_1(electedLate, postponed), "panel-election")[0]?.status).toBe("ok");
  });

  it("an election earlier than one month before is on time (read as 'at least one month before')", () => {
    const early = withChanges((draft) => {
      draft.panel!.electedOn = "2011-01-05";
    });
    expect(only(checkDecision18_1(early, session), "panel-election")[0]?.status).toBe("ok");
  });

  it("a podium without a regional group, or with a group twice, is a violation naming the groups", () => {
    const skewed = withChanges((draft) => {
      draft.panel!.podiumSeats[0]!.regionalGroup = "asia-pacific";
    });
    const [podium] = only(checkDecision18_1(skewed, session), "podium-seats");
    expect(podium?.status).toBe("violation");
    expect(podium?.reason).toContain("no seat for african; 2 seats for asia-pacific");
    const short = withChanges((draft) => {
      draft.panel!.podiumSeats.pop();
    });
    expect(only(checkDecision18_1(short, session), "podium-seats")[0]?.reason).toContain(
      "the podium has 4 regional-group seats: no seat for western-european-other",
    );
  });

  it("independent experts all from one regional group are flagged; experts without a group are unknown", () => {
    const oneGroup = withChanges((draft) => {
      draft.panel!.independentExperts[0]!.regionalGroup = "western-european-other";
    });
    expect(only(checkDecision18_1(oneGroup, session), "independent-experts")[0]).toMatchObject({
      status: "violation",
      reason: expect.stringContaining("all 2 independent experts come from the western-european-other group"),
    });
    const unplaced = withChanges((draft) => {
      delete draft.panel!.independentExperts[1]!.regionalGroup;
    });
    expect(only(checkDecision18_1(unplaced, session), "independent-experts")[0]?.status).toBe("unknown");
  });

  it("a keynote over 10 minutes is a violation with its seconds", () => {
    const long = withChanges((draft) => {
      draft.speakersList[0]!.usedSeconds = 720;
    });
    expect(only(checkDecision18_1(long, session), "keynote-length")[0]).toMatchObject({
      status: "violation",
      path: ["speakersList", 0, "usedSeconds"],
      reason:
        "keynote at speakersList[0] (Panellist A) took 720 seconds (12 min), over the 600 seconds (10 min) limit by 120 seconds",
    });
  });

  it("a keynote without a recorded duration is unknown, and the planned time counts when nothing was used", () => {
    const unrecorded = withChanges((draft) => {
      delete draft.speakersList[0]!.usedSeconds;
    });
    expect(only(checkDecision18_1(unrecorded, session), "keynote-length")[0]?.status).toBe("unknown");
    const planned = withChanges((draft) => {
      delete draft.speakersList[0]!.usedSeconds;
      draft.speakersList[0]!.plannedSeconds = 900;
    });
    expect(only(checkDecision18_1(planned, session), "keynote-length")[0]).toMatchObject({
      status: "violation",
      path: ["speakersList", 0, "plannedSeconds"],
    });
  });

  it("a keynote not distributed in advance is reported; not recorded is unknown", () => {
    const notDistributed = withChanges((draft) => {
      draft.speakersList[0]!.distributedInAdvance = false;
    });
    expect(only(checkDecision18_1(notDistributed, session), "keynote-distribution")[0]).toMatchObject({
      status: "violation",
      level: "recommendation",
    });
    const unrecorded = withChanges((draft) => {
      delete draft.speakersList[0]!.distributedInAdvance;
    });
    expect(only(checkDecision18_1(unrecorded, session), "keynote-distribution")[0]?.status).toBe("unknown");
  });

  it("an intervention over 5 minutes is a violation", () => {
    const long = withChanges((draft) => {
      draft.speakersList[1]!.usedSeconds = 301;
    });
    expect(only(checkDecision18_1(long, session), "intervention-length")[0]).toMatchObject({
      status: "violation",
      reason: expect.stringContaining("(a speaker of the african group) took 301 seconds (5 min 1 s)"),
    });
  });

  it("a guide missing languages or issued late is a violation naming them", () => {
    const partial = withChanges((draft) => {
      draft.guide!.issued = draft.guide!.issued.filter((issue) => issue.language !== "ar" && issue.language !== "ru");
      draft.guide!.notIssued = ["ar", "ru"];
      draft.guide!.issued.find((issue) => issue.language === "fr")!.on = "2011-03-25";
    });
    const [guide] = only(checkDecision18_1(partial, session), "guide-languages");
    expect(guide).toMatchObject({ status: "violation", path: ["guide", "notIssued"] });
    expect(guide?.reason).toBe(
      "discussion guide E/CN.15/2011/2: not issued in Arabic, Russian; issued late in French on 2011-03-25; " +
        "all six languages are due by the deadline 2011-03-11, one month before the session opens on 2011-04-11",
    );
  });

  it("a guide whose issue dates are not all known is unknown, naming the languages", () => {
    const undated = withChanges((draft) => {
      delete draft.guide!.issued[2]!.on;
    });
    const [guide] = only(checkDecision18_1(undated, session), "guide-languages");
    expect(guide?.status).toBe("unknown");
    expect(guide?.reason).toContain("issue in English is not recorded");
  });

  it("a session whose opening is only bounded can still show a certain violation, never a certain ok", () => {
    const bounded = Session.parse({
      ...session,
      schedule: { ...session.schedule, dates: { kind: "bound", notAfter: "2011-04-30" } },
    });
    const late = withChanges((draft) => {
      draft.panel!.electedOn = "2011-04-05";
    });
    expect(only(checkDecision18_1(late, bounded), "panel-election")[0]?.status).toBe("violation");
    expect(only(checkDecision18_1(compliant, bounded), "panel-election")[0]?.status).toBe("unknown");
  });

  it("checked against another session than its own, no date rule is judged", () => {
    const other = Session.parse({ ...session, id: "another-session" });
    const findings = checkDecision18_1(compliant, other);
    const dated = findings.filter((finding) =>
      ["nomination-deadline", "panel-election", "guide-languages"].includes(finding.rule),
    );
    expect(dated.map((finding) => finding.status)).toEqual(["unknown", "unknown", "unknown", "unknown"]);
    expect(dated[0]?.reason).toContain(
      "the session given, another-session, is not this discussion's session example-session",
    );
  });
});
