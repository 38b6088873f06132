import { checkDecision18_1, guideLanguages } from "@remit/core";
import type { Decision18_1Finding } from "@remit/core";
import { describe, expect, it } from "vitest";
import { GUIDE_2011 } from "../src";
import { seedDataset } from "./SeedQueries";

const dataset = seedDataset();
const discussion = dataset.thematicDiscussions.find((candidate) => candidate.sessionId === GUIDE_2011.sessionId);
const session = dataset.sessions.find((candidate) => candidate.id === GUIDE_2011.sessionId);
if (discussion === undefined || session === undefined)
  throw new Error("the CCPCJ 20th session and its thematic discussion are missing");
const findings = checkDecision18_1(discussion, session);

function findingFor(rule: Decision18_1Finding["rule"]): Decision18_1Finding {
  const found = findings.filter((candidate) => candidate.rule === rule);
  expect(found, rule).toHaveLength(1);
  return found[0]!;
}

// The guide E/CN.15/2011/2 was written before the session (11–15 April 2011). It states the
// rules of decision 18/1 (¶2) and the facts of the discussion's preparation (theme, sub-topics
// approved on 27 January 2011, the guide itself in Chinese), but nothing about nominations,
// panellists, podium seats, experts, speakers or the dates the guide was issued in each
// language. So every rule the checker judges is "unknown" — and none is a violation, because
// the seed states no fact that breaks a rule.
describe("the CCPCJ 20th session's thematic discussion under decision 18/1", () => {
  it("yields one finding per rule, all unknown, none a violation", () => {
    expect(findings.map((finding) => [finding.rule, finding.status])).toEqual([
      ["nomination-deadline", "unknown"],
      ["panel-election", "unknown"],
      ["podium-seats", "unknown"],
      ["independent-experts", "unknown"],
      ["keynote-length", "unknown"],
      ["keynote-distribution", "unknown"],
      ["intervention-length", "unknown"],
      ["guide-languages", "unknown"],
    ]);
    expect(findings.filter((finding) => finding.status === "violation")).toEqual([]);
  });

  it("nominations: the seed names no nominations, so the two-month deadline (11 February 2011) cannot be checked", () => {
    const finding = findingFor("nomination-deadline");
    expect(discussion.panel).toBeUndefined();
    expect(finding.path).toEqual(["panel", "nominations"]);
    expect(finding.level).toBe("recommendation");
    expect(finding.reason).toContain("2011-02-11");
  });

  it("election: the seed does not say when the panellists were elected, so the one-month rule (11 March 2011) cannot be checked", () => {
    const finding = findingFor("panel-election");
    expect(finding.path).toEqual(["panel", "electedOn"]);
    expect(finding.reason).toContain("2011-03-11");
  });

  it("podium seats: the guide states the rule (five seats for the regional groups) but not the seating", () => {
    expect(findingFor("podium-seats").path).toEqual(["panel", "podiumSeats"]);
  });

  it("independent experts: none are named, so regional balance cannot be judged", () => {
    expect(findingFor("independent-experts").reason).toMatch(/no independent experts are recorded/);
  });

  it("keynotes and interventions: no speakers' list exists in a guide written before the session", () => {
    expect(discussion.speakersList).toEqual([]);
    for (const rule of ["keynote-length", "keynote-distribution", "intervention-length"] as const) {
      expect(findingFor(rule).path).toEqual(["speakersList"]);
    }
  });

  it("guide languages: only the Chinese version is in hand, undated; the other five are unknown, not missing", () => {
    const finding = findingFor("guide-languages");
    expect(guideLanguages(discussion.guide!).map((version) => [version.language, version.status])).toEqual([
      ["ar", "unknown"],
      ["zh", "issued"],
      ["en", "unknown"],
      ["fr", "unknown"],
      ["ru", "unknown"],
      ["es", "unknown"],
    ]);
    expect(finding.path).toEqual(["guide", "issued"]);
    expect(finding.reason).toContain(GUIDE_2011.citation);
    expect(finding.reason).toContain("2011-03-11");
  });

  it("is judged against the session's dates as the guide gives them (opening 11 April 2011)", () => {
    expect(session.schedule.dates).toEqual({ kind: "period", period: { start: "2011-04-11", end: "2011-04-15" } });
    expect(findings.every((finding) => !finding.reason.includes("opening date is not known"))).toBe(true);
  });
});
