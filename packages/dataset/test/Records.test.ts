import { ENTITY_KINDS, ENTITY_SCHEMAS } from "@remit/core";
import { describe, expect, it } from "vitest";
import {
  DATASET_FILES,
  checkReferences,
  datasetCounts,
  datasetEntries,
  formatDatasetProblem,
  validateDataset,
} from "../src";
import type { DatasetFile } from "../src";
import { seedDataset } from "./SeedQueries";

const dataset = seedDataset();

/** The data files with one record replaced, to see how problems are reported. */
function withRecord(
  kind: DatasetFile["kind"],
  index: number,
  change: (record: Record<string, unknown>) => Record<string, unknown>,
): DatasetFile[] {
  return DATASET_FILES.map((file) =>
    file.kind !== kind
      ? file
      : {
          ...file,
          records: file.records.map((record, i) =>
            i === index ? change(structuredClone(record) as Record<string, unknown>) : record,
          ),
        },
  );
}

describe("the data files", () => {
  it("hold one file per entity kind", () => {
    expect(DATASET_FILES.map((file) => file.kind).sort()).toEqual([...ENTITY_KINDS].sort());
  });

  it.each(DATASET_FILES.map((file) => [file.file, file] as const))(
    "every record of %s validates against core's schema",
    (_name, file) => {
      file.records.forEach((record, index) => {
        const parsed = ENTITY_SCHEMAS[file.kind].safeParse(record);
        expect(parsed.error?.issues ?? [], `${file.file}[${index}]`).toEqual([]);
      });
    },
  );

  it("are written in the normal form a store keeps, so re-loading changes nothing", () => {
    for (const file of DATASET_FILES) {
      file.records.forEach((record, index) => {
        expect(ENTITY_SCHEMAS[file.kind].parse(record), `${file.file}[${index}]`).toEqual(record);
      });
    }
  });

  it("load as a dataset with the counts of each kind the two seeds yield", () => {
    expect(datasetCounts(dataset)).toEqual({
      body: 9,
      // 15: the General Assembly's 75th session (2021 report ¶11) is held with status "unknown".
      session: 15,
      thematicDiscussion: 1,
      mandate: 21,
      instrument: 7,
      activity: 30,
      indicator: 13,
      // 20: ¶21's "by 2020, more than 50% of the cases" in El Salvador, a share of an unstated whole.
      observation: 20,
    });
  });

  it("yield every record once as a kind and a record", () => {
    const entries = [...datasetEntries(dataset)];
    const total = Object.values(datasetCounts(dataset)).reduce((sum, count) => sum + count, 0);
    expect(entries).toHaveLength(total);
    expect(new Set(entries.map((entry) => `${entry.kind}/${entry.record.id}`)).size).toBe(total);
  });
});

describe("ids and references", () => {
  it("ids are unique within each kind and every id a record names resolves", () => {
    expect(checkReferences(dataset).map(formatDatasetProblem)).toEqual([]);
  });

  it("every activity serves mandates of the dataset and every observation names its indicator and activities", () => {
    const mandates = new Set(dataset.mandates.map((mandate) => mandate.id));
    const activities = new Set(dataset.activities.map((activity) => activity.id));
    const indicators = new Set(dataset.indicators.map((indicator) => indicator.id));
    for (const activity of dataset.activities) {
      expect(activity.mandateIds.length, activity.id).toBeGreaterThan(0);
      for (const id of activity.mandateIds) expect(mandates.has(id), `${activity.id} → ${id}`).toBe(true);
    }
    for (const observation of dataset.observations) {
      expect(indicators.has(observation.indicatorId), observation.id).toBe(true);
      for (const id of observation.activityIds) expect(activities.has(id), `${observation.id} → ${id}`).toBe(true);
    }
  });

  it("the activities with figures are exactly those whose paragraphs state a figure", () => {
    const reported = new Set(dataset.observations.flatMap((observation) => observation.activityIds));
    const withFigures = dataset.activities
      .filter((activity) => reported.has(activity.id))
      .map((activity) => activity.id);
    expect(withFigures.sort()).toEqual([
      "act-2020-central-america-teacher-training",
      "act-2020-cryptocurrency-darknet-training-asia",
      "act-2020-cybercrime-investigation-and-forensics-training",
      "act-2020-el-salvador-incident-response-training",
      "act-2020-electronic-evidence-training-with-technology-companies",
      "act-2020-guatemala-internet-in-lockdown-campaign",
      "act-2020-ocsea-online-diploma-course",
      "act-2020-ocsea-webinars-west-africa-latin-america-caribbean",
      "act-2020-online-cybercrime-prevention-awareness",
      "act-2020-sherloc-cybercrime-resources",
      "act-2020-social-media-awareness",
    ]);
  });
});

describe("problems in the data", () => {
  it("a record that does not validate is reported with its file, index, id and field path", () => {
    const result = validateDataset(
      withRecord("activity", 3, (record) => ({ ...record, countries: { named: ["XXX"] } })),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error._tag).toBe("InvalidDataset");
    const [problem] = result.error.problems;
    expect(problem).toMatchObject({
      file: "data/activities.json",
      kind: "activity",
      index: 3,
      id: "act-2020-cybercrime-mentors",
      path: ["countries", "named", 0],
    });
    expect(formatDatasetProblem(problem!)).toMatch(
      /^data\/activities\.json\[3\] "act-2020-cybercrime-mentors" countries\.named\[0\]: /,
    );
  });

  it("every problem of every file is reported, not only the first", () => {
    const files = withRecord("observation", 0, (record) => ({ ...record, provenance: [] })).map((file) =>
      file.kind === "mandate" ? { ...file, records: [...file.records, { id: "Bad Id" }] } : file,
    );
    const result = validateDataset(files);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const where = result.error.problems.map((problem) => `${problem.file}[${problem.index}]`);
    expect(where).toContain("data/observations.json[0]");
    expect(where).toContain(`data/mandates.json[${dataset.mandates.length}]`);
  });

  it("an id that names no record is reported where it is named", () => {
    const result = validateDataset(
      withRecord("observation", 0, (record) => ({ ...record, indicatorId: "practitioners-trained-typo" })),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.problems).toEqual([
      expect.objectContaining({
        file: "data/observations.json",
        index: 0,
        path: ["indicatorId"],
        reason: expect.stringContaining('"practitioners-trained-typo"'),
      }),
    ]);
  });

  it("an id used twice within a kind is reported at its second use", () => {
    const files = DATASET_FILES.map((file) =>
      file.kind === "indicator" ? { ...file, records: [...file.records, file.records[0]] } : file,
    );
    const result = validateDataset(files);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.problems).toEqual([
      expect.objectContaining({ file: "data/indicators.json", index: dataset.indicators.length, path: ["id"] }),
    ]);
  });
});
