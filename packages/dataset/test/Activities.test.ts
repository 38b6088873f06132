import { aggregate } from "@remit/core";
import { describe, expect, it } from "vitest";
import { REPORT_2021 } from "../src";
import { observationsOf, seedDataset } from "./SeedQueries";

const dataset = seedDataset();
const activity = (id: string) => {
  const found = dataset.activities.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no activity ${id}`);
  return found;
};

describe("where each activity's period comes from", () => {
  it("every activity says whether its period is its own or the report's reporting period", () => {
    for (const record of dataset.activities) expect(record.periodBasis, record.id).toBeDefined();
  });

  it("only the activities whose paragraph dates them have a stated period; the rest cite the report's summary for 2020", () => {
    const stated = dataset.activities
      .filter((record) => record.periodBasis === "stated")
      .map((record) => [record.id, record.period]);
    expect(stated).toEqual([
      ["act-2020-remote-operational-advice", { start: "2020-03", end: "2020" }],
      ["act-2020-cryptocurrency-darknet-training-asia", { start: "2020" }],
      ["act-2020-belize-ocsea-reporting-mechanism", { start: "2020-02", end: "2020" }],
      ["act-2020-sherloc-cybercrime-resources", { start: "2020" }],
      ["act-2020-darknet-threat-assessment-south-east-asia", { start: "2020" }],
    ]);
    for (const record of dataset.activities.filter((candidate) => candidate.periodBasis === "reporting-period")) {
      expect(record.period, record.id).toEqual({ start: "2020" });
      const summary = record.provenance.filter(
        (p) => p.source === "document" && p.symbol === REPORT_2021.citation && p.paragraphs.length === 0,
      );
      expect(summary.length, record.id).toBeGreaterThan(0);
    }
  });
});

describe("activities whose figures may count the same people", () => {
  it("¶33 names the Africa, El Salvador and Guatemala campaigns as parts of the campaigns for children and students", () => {
    const parts = dataset.activities
      .filter((record) => record.partOf !== undefined)
      .map((record) => [record.id, record.partOf]);
    expect(parts).toEqual([
      ["act-2020-africa-social-media-prevention-campaign", "act-2020-cybercrime-prevention-campaigns"],
      ["act-2020-el-salvador-national-tv-prevention-campaign", "act-2020-cybercrime-prevention-campaigns"],
      ["act-2020-guatemala-internet-in-lockdown-campaign", "act-2020-cybercrime-prevention-campaigns"],
    ]);
  });

  it("¶17's 2,440 practitioners may include ¶18's, ¶23's and ¶27's trainees; not ¶25's teachers or ¶34's IT staff", () => {
    const training = activity("act-2020-cybercrime-investigation-and-forensics-training");
    expect(training.mayOverlapWith).toEqual([
      "act-2020-cryptocurrency-darknet-training-asia",
      "act-2020-electronic-evidence-training-with-technology-companies",
      "act-2020-ocsea-online-diploma-course",
    ]);
    expect(training.audiences).toEqual(["criminal-justice-practitioners"]);
    for (const id of ["act-2020-central-america-teacher-training", "act-2020-el-salvador-incident-response-training"]) {
      expect(activity(id).audiences).not.toContain("criminal-justice-practitioners");
    }
  });

  it("adding up everyone trained in 2020 warns that ¶17's figure may overlap those of ¶18, ¶23 and ¶27", () => {
    const trainings = dataset.activities.filter((record) => record.period.start.startsWith("2020"));
    const observations = observationsOf(dataset, trainings, "people-trained");
    const result = aggregate(observations, {
      indicators: dataset.indicators,
      bucket: "year",
      activities: new Map(dataset.activities.map((record) => [record.id, record])),
    });
    expect(result.cells).toHaveLength(1);
    expect(result.overlaps?.map((overlap) => [overlap.relation, overlap.activityIds])).toEqual([
      [
        "may-overlap",
        ["act-2020-cryptocurrency-darknet-training-asia", "act-2020-cybercrime-investigation-and-forensics-training"],
      ],
      [
        "may-overlap",
        [
          "act-2020-cybercrime-investigation-and-forensics-training",
          "act-2020-electronic-evidence-training-with-technology-companies",
        ],
      ],
      [
        "may-overlap",
        ["act-2020-cybercrime-investigation-and-forensics-training", "act-2020-ocsea-online-diploma-course"],
      ],
    ]);
  });

  it("the figures the report gives each activity on its own raise no warning", () => {
    const forensics = [activity("act-2020-cybercrime-investigation-and-forensics-training")];
    const result = aggregate(observationsOf(dataset, forensics, "people-trained"), {
      indicators: dataset.indicators,
      bucket: "year",
      activities: new Map(dataset.activities.map((record) => [record.id, record])),
    });
    expect(result.overlaps).toBeUndefined();
  });
});
