import { afterEach, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { fr } from "zod/locales";
import { decodeRecord } from "../record/decodeRecord";
import { formatRecordProblem } from "./RecordProblems";

/** The CCPCJ's 30th session with four faults: a bad id, a missing designation, a fraction and a stray field. */
const faultySession = {
  id: "CCPCJ 30",
  bodyId: "ccpcj",
  number: 1.5,
  colour: "blue",
  schedule: {
    dates: { kind: "period", period: { start: "2021-05-17", end: "2021-05-21" } },
    venue: { city: { en: "Vienna" } },
    status: "scheduled",
  },
  scheduleHistory: [],
};

function refusals(): string[] {
  const decoded = decodeRecord("session", faultySession);
  return decoded.ok ? [] : decoded.error.problems.map(formatRecordProblem);
}

describe("core and the app's zod configuration", () => {
  afterEach(() => {
    z.config({ localeError: undefined, customError: undefined });
  });

  it("importing core leaves zod's locale to the app", () => {
    expect(refusals()).toHaveLength(4);
    expect(z.config().localeError).toBeUndefined();
  });

  it("a decoder says the same words whatever locale or error map the app chose", () => {
    const withoutConfig = refusals();
    z.config(fr());
    expect(refusals()).toEqual(withoutConfig);
    z.config({ customError: () => "refusé" });
    expect(refusals()).toEqual(withoutConfig);
    expect(withoutConfig).toContain("number: 1.5 is not a whole number (expected a whole number)");
  });
});
