import { describe, expectTypeOf, it } from "vitest";
import type { RegionalGroup } from "../geo";
import type { Language } from "../text/Language";
import type { LocalizedText } from "../text/LocalizedText";
import { checkDecision18_1 } from "./Decision18_1";
import type { Decision18_1Finding, Decision18_1Rule, FindingStatus } from "./Decision18_1Finding";
import type { DiscussionGuide } from "./DiscussionGuide";
import type { ExpertSector, Nominator, Panel } from "./Panel";
import type { QuestionGroup } from "./QuestionGroup";
import type { SpeakerEntry } from "./SpeakersList";
import type { ThematicDiscussion } from "./ThematicDiscussion";

describe("ThematicDiscussion types", () => {
  it("required and optional parts follow what a source may leave unstated", () => {
    expectTypeOf<ThematicDiscussion["id"]>().toEqualTypeOf<string>();
    expectTypeOf<ThematicDiscussion["sessionId"]>().toEqualTypeOf<string>();
    expectTypeOf<ThematicDiscussion["theme"]>().toEqualTypeOf<LocalizedText>();
    expectTypeOf<ThematicDiscussion["chosenBy"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ThematicDiscussion["panel"]>().toEqualTypeOf<Panel | undefined>();
    expectTypeOf<ThematicDiscussion["guide"]>().toEqualTypeOf<DiscussionGuide | undefined>();
    expectTypeOf<ThematicDiscussion["moderator"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ThematicDiscussion["questionGroups"]>().toEqualTypeOf<QuestionGroup[]>();
    expectTypeOf<ThematicDiscussion["speakersList"]>().toEqualTypeOf<SpeakerEntry[]>();
  });

  it("the panel's groups are the five regional groups and nominators narrow on kind", () => {
    expectTypeOf<Panel["podiumSeats"][number]["regionalGroup"]>().toEqualTypeOf<RegionalGroup>();
    expectTypeOf<Extract<Nominator, { kind: "regional-group" }>["regionalGroup"]>().toEqualTypeOf<RegionalGroup>();
    expectTypeOf<Extract<Nominator, { kind: "member-state" }>>().toHaveProperty("country");
    expectTypeOf<ExpertSector>().toEqualTypeOf<"private-sector" | "academia" | "other">();
    expectTypeOf<Panel["electedOn"]>().toEqualTypeOf<string | undefined>();
  });

  it("speakers and the guide are typed for the checks", () => {
    expectTypeOf<SpeakerEntry["kind"]>().toEqualTypeOf<"keynote" | "intervention">();
    expectTypeOf<SpeakerEntry["usedSeconds"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<DiscussionGuide["notIssued"]>().toEqualTypeOf<Language[]>();
    expectTypeOf<DiscussionGuide["issued"][number]["language"]>().toEqualTypeOf<Language>();
  });

  it("the checker returns findings with a rule, a status, a reason and a path", () => {
    expectTypeOf(checkDecision18_1).returns.toEqualTypeOf<Decision18_1Finding[]>();
    expectTypeOf<Decision18_1Finding["status"]>().toEqualTypeOf<FindingStatus>();
    expectTypeOf<FindingStatus>().toEqualTypeOf<"ok" | "violation" | "unknown">();
    expectTypeOf<Decision18_1Finding["rule"]>().toEqualTypeOf<Decision18_1Rule>();
    expectTypeOf<Decision18_1Finding["path"]>().toEqualTypeOf<(string | number)[]>();
    expectTypeOf<Decision18_1Finding["reason"]>().toEqualTypeOf<string>();
  });
});
