import { describe, expect, it } from "vitest";
import { Session } from "../session/Session";
import { queryStoreOf } from "../testing/LoadedStore";
import { ccpcj20Session, protectingChildrenDiscussion } from "../discussion/Seed2011.fixture";
import { checkDecision18_1 } from "../discussion/Decision18_1";
import { checkSessionDiscussions, decision18_1Check } from "./SessionCheck";
import { ThematicDiscussion } from "../discussion/ThematicDiscussion";

const ccpcj20 = Session.parse(ccpcj20Session);
const protectingChildren = ThematicDiscussion.parse(protectingChildrenDiscussion);
/** The 21st session, stored without a thematic discussion. */
const ccpcj21 = Session.parse({ ...ccpcj20Session, id: "ccpcj-21", number: 21 });

const checked = (reference: string) =>
  queryStoreOf(
    [
      { kind: "session", record: ccpcj20 },
      { kind: "session", record: ccpcj21 },
      { kind: "thematicDiscussion", record: protectingChildren },
    ],
    checkSessionDiscussions(reference),
  );

describe("checking a session against CCPCJ decision 18/1", () => {
  it("counts the findings of the 2011 discussion by outcome: the seed records none of what 18/1 governs", () => {
    const check = decision18_1Check(ccpcj20, protectingChildren);
    expect(check.findings).toEqual(checkDecision18_1(protectingChildren, ccpcj20));
    expect(check).toMatchObject({
      sessionId: "ccpcj-20",
      discussionId: protectingChildren.id,
      counts: { ok: 0, violation: 0, unknown: 8 },
    });
  });

  it("checks every thematic discussion held at a session named by its id", async () => {
    const result = await checked("ccpcj-20");
    expect(result._tag === "Success" && result.success.map((check) => check.discussionId)).toEqual([
      protectingChildren.id,
    ]);
  });

  it("checks one discussion named by its own id", async () => {
    const result = await checked(protectingChildren.id);
    expect(result._tag === "Success" && result.success.map((check) => check.sessionId)).toEqual(["ccpcj-20"]);
  });

  it("says a stored session holds no thematic discussion, so decision 18/1 has nothing to govern", async () => {
    const result = await checked("ccpcj-21");
    expect(result._tag === "Failure" && result.failure).toMatchObject({
      _tag: "NoThematicDiscussion",
      sessionId: "ccpcj-21",
    });
  });

  it("says a session is not in the store", async () => {
    const result = await checked("ccpcj-99");
    expect(result._tag === "Failure" && result.failure).toMatchObject({
      _tag: "NotFound",
      kind: "session",
      id: "ccpcj-99",
    });
  });
});
