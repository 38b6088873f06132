import { describe, expect, it } from "vitest";
import { seededRandom } from "../testing/synthetic/seededRandom";
import { syntheticActivity, syntheticCountries } from "../testing/synthetic/syntheticActivity";
import { decodeRecord } from "./decodeRecord";
import { decodeActivity, decodeMandate } from "./RecordDecoders";

const activity = syntheticActivity(seededRandom(9), 0, syntheticCountries(9));

describe("decoding one kind of record", () => {
  it("an activity comes back as the value, exactly as decodeRecord gives it", () => {
    const result = decodeActivity(activity);
    expect(result).toEqual({ ok: true, value: activity });
    expect(result).toEqual(decodeRecord("activity", activity));
  });

  it("a bad activity is refused as tagged data naming its kind, its id and where each problem is", () => {
    const result = decodeActivity({ ...activity, kind: "picnic" }, { file: "activities.jsonl", line: 7 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ _tag: "InvalidRecord", kind: "activity", id: activity.id });
    expect(result.error.problems).toEqual([
      expect.objectContaining({ file: "activities.jsonl", line: 7, path: ["kind"] }),
    ]);
    expect(result.error.message).toMatch(
      /^The activity record ".+" is not valid \(1 problem\): activities.jsonl:7: kind: "picnic"/,
    );
    // Plain data: it survives JSON as it is, as an HTTP problem or a worker message carries it.
    expect(JSON.parse(JSON.stringify(result.error))).toEqual(result.error);
  });

  it("an activity is not a mandate", () => {
    const result = decodeMandate(activity);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe("mandate");
  });

  it("a forbidden character is found by every decoder, before the schema", () => {
    const title = { ...activity.title, en: "Webinar\u0000" };
    const result = decodeActivity({ ...activity, title });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.problems.map((problem) => problem.path)).toEqual([["title", "en"]]);
  });
});
