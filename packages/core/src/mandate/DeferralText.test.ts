import { describe, expect, it } from "vitest";
import { deferralTextIn } from "./DeferralText";

const deferral = {
  fromSession: 29,
  toSession: 30,
  reason: {
    en: "the twenty-ninth session met in reduced format",
    fr: "la vingt-neuvième session s'est tenue en format réduit",
  },
  decidedBy: "ccpcj-dec-29-1",
};

describe("a deferral on one line", () => {
  it("names both sessions, the reason in the reader's language and the decision that moved the report", () => {
    expect(deferralTextIn(deferral, "fr")).toBe(
      "29 → 30: la vingt-neuvième session s'est tenue en format réduit (ccpcj-dec-29-1)",
    );
  });

  it("gives the reason in the nearest language it has, and no decision when none is known", () => {
    const { decidedBy: _decision, ...undecided } = deferral;
    expect(deferralTextIn(undecided, "zh")).toBe("29 → 30: the twenty-ninth session met in reduced format");
  });
});
