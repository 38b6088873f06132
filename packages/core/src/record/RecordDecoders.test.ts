import { describe, expect, it } from "vitest";
import { seededRandom } from "../testing/synthetic/seededRandom";
import { syntheticActivity, syntheticCountries } from "../testing/synthetic/syntheticActivity";
import { formatRecordProblem } from "../store/RecordProblems";
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

  it("a misprinted source symbol is refused with its field, what is wrong and where in the symbol", () => {
    const [first, ...rest] = activity.provenance;
    const misprinted = { ...first, source: "document", symbol: "A/624/123", paragraphs: [1] };
    const result = decodeActivity({ ...activity, provenance: [misprinted, ...rest] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.problems.map(formatRecordProblem)).toEqual([
      'provenance[0].symbol: "A/624/123" names no source document: as a document symbol, ' +
        'a session the General Assembly has not had at character 2 (session "624"); ' +
        "as a citation, no resolution or decision at character 2 (kind). " +
        'Write a symbol ("E/CN.15/2011/2"), a partial symbol whose number is unknown ("E/CN.15/2021/…") or a citation ("GA decision 74/567").',
    ]);
  });
});
