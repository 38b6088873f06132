import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Session } from "../session";
import { arbitraryThematicDiscussion } from "../testing/arbitraries/discussion";
import { arbitrarySession } from "../testing/arbitraries/session";
import { checkDecision18_1 } from "./Decision18_1";
import { Decision18_1Finding, Decision18_1Rule } from "./Decision18_1Finding";
import { ThematicDiscussion } from "./ThematicDiscussion";

describe("ThematicDiscussion properties", () => {
  it("every generated discussion is valid and parses to itself", () => {
    fc.assert(
      fc.property(arbitraryThematicDiscussion, (discussion) => {
        expect(ThematicDiscussion.parse(discussion)).toEqual(discussion);
      }),
      { numRuns: 200 },
    );
  });

  it("the checker answers every rule, with well-formed findings, for any discussion and session", () => {
    fc.assert(
      fc.property(arbitraryThematicDiscussion, arbitrarySession, (discussion, session) => {
        const own = Session.parse({ ...session, id: discussion.sessionId });
        const findings = checkDecision18_1(discussion, own);
        expect(new Set(findings.map((finding) => finding.rule))).toEqual(new Set(Decision18_1Rule.options));
        findings.forEach((finding) => expect(Decision18_1Finding.parse(finding)).toEqual(finding));
      }),
    );
  });

  it("nothing recorded is never a violation", () => {
    fc.assert(
      fc.property(arbitraryThematicDiscussion, arbitrarySession, (discussion, session) => {
        const { panel: _panel, guide: _guide, ...bare } = discussion;
        const findings = checkDecision18_1(
          { ...bare, speakersList: [] },
          Session.parse({ ...session, id: discussion.sessionId }),
        );
        expect(findings.every((finding) => finding.status === "unknown")).toBe(true);
      }),
    );
  });
});
