import { Activity, Observation } from "@remit/core";
import { formatDatasetProblem, loadDataset, type Dataset } from "@remit/dataset";
import { describe, expect, it } from "vitest";
import { ACTIVITY_FORM, activityDraft, activityFromDraft } from "../src/web/data/ActivityDraft";
import { fieldErrorsOf, serverFieldErrors } from "../src/web/data/FieldErrors";
import { problemsFromIssues, formatProblemReasonIn } from "@remit/core";
import { OBSERVATION_FORM, observationDraft, observationFromDraft } from "../src/web/data/ObservationDraft";
import { firstDocument } from "../src/web/data/RecordDraft";

function seed(): Dataset {
  const result = loadDataset();
  if (!result.ok) throw new Error(result.error.problems.map(formatDatasetProblem).join("\n"));
  return result.value;
}

const dataset = seed();
const cited = <T extends Activity | Observation>(records: readonly T[]) =>
  records.filter((record) => firstDocument(record) !== undefined);

describe("the record forms' drafts", () => {
  it("give back every seed activity unchanged when it is saved as the form shows it", () => {
    const activities = cited(dataset.activities);
    expect(activities.length).toBeGreaterThan(0);
    for (const activity of activities) {
      const saved = Activity.parse(activityFromDraft(activityDraft(activity, "en"), "en", activity));
      expect(saved, activity.id).toEqual(activity);
    }
  });

  it("give back every seed result of an activity unchanged when it is saved as the form shows it", () => {
    const observations = cited(dataset.observations).filter((observation) => observation.activityIds.length > 0);
    expect(observations.length).toBeGreaterThan(0);
    for (const observation of observations) {
      const draft = observationDraft(observation, undefined);
      const saved = Observation.parse(observationFromDraft(draft, observation.activityIds[0]!, observation));
      expect(saved, observation.id).toEqual(observation);
    }
  });

  it("propose the activity's document and paragraphs for a new result, but not its quote", () => {
    const activity = dataset.activities.find((record) => firstDocument(record)?.quote !== undefined)!;
    const source = firstDocument(activity)!;
    const draft = observationDraft(undefined, source);
    expect(draft.sourceSymbol).toBe(source.symbol);
    expect(draft.sourceParagraphs).toBe(source.paragraphs.join(", "));
    expect(draft.sourceQuote).toBe("");
    expect(draft.id).toBe("");
  });

  it("replace the first document's quote and keep the record's other sources", () => {
    const activity = dataset.activities.find((record) => record.provenance.length > 1 && firstDocument(record))!;
    const draft = { ...activityDraft(activity, "en"), sourceQuote: "  trained 40 investigators  " };
    const saved = Activity.parse(activityFromDraft(draft, "en", activity));
    expect(saved.provenance[0]).toEqual({ ...firstDocument(activity), quote: "trained 40 investigators" });
    expect(saved.provenance.slice(1)).toEqual(activity.provenance.slice(1));
  });

  it("name the field of a paragraph typed as a word and of a period typed backwards", () => {
    const observation = cited(dataset.observations).find((record) => record.activityIds.length > 0)!;
    const draft = { ...observationDraft(observation, undefined), sourceParagraphs: "twelve", periodEnd: "1999" };
    const parsed = Observation.safeParse(observationFromDraft(draft, observation.activityIds[0]!, observation), {
      reportInput: true,
    });
    expect(parsed.success).toBe(false);
    const fields = fieldErrorsOf(parsed.error!.issues, OBSERVATION_FORM).map((error) => error.field);
    expect(fields).toContain("sourceParagraphs");
    expect(fields).toContain("periodEnd");
  });

  it("name the fields of a new activity with a badly written id, start and country", () => {
    const draft = {
      ...activityDraft(undefined, "en"),
      id: "Not An Id",
      title: "Training",
      periodStart: "spring",
      countries: "Ghana",
    };
    const parsed = Activity.safeParse(activityFromDraft(draft, "en", undefined), { reportInput: true });
    expect(parsed.success).toBe(false);
    const fields = fieldErrorsOf(parsed.error!.issues, ACTIVITY_FORM).map((error) => error.field);
    expect(fields).toEqual(expect.arrayContaining(["id", "periodStart", "countries", "sourceSymbol"]));
  });

  it("keep a problem only the server found as data, so the page words it in its own language", () => {
    const activity = cited(dataset.activities)[0];
    if (activity === undefined) throw new Error("the dataset has no cited activity");
    const topic = "online-child-sexual-exploitation-and-abuse";
    const refused = Activity.safeParse({ ...activity, topics: [topic, topic] }, { reportInput: true });
    if (refused.success) throw new Error("expected a topic listed twice to be refused");
    // The API's 422 carries these problems as JSON; the form reads them back.
    const problems = JSON.parse(JSON.stringify(problemsFromIssues(refused.error.issues))) as unknown;
    const [error] = serverFieldErrors(problems, ACTIVITY_FORM);
    expect(error?.problem).toBe("errorServer");
    expect(error?.detail).toBe("a topic is listed twice");
    expect(error?.serverProblem === undefined ? "" : formatProblemReasonIn(error.serverProblem, "zh")).toBe(
      "一个主题列出了两次",
    );
  });
});
