import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cite } from "../provenance/Provenance";
import { arbitraryActivity } from "../testing/arbitraries/activity";
import { Activity, activityTexts } from "./Activity";

// The 2021 report is known only up to its number: a partial symbol.
const REPORT_2021 = "E/CN.15/2021/…";

const webinars = {
  id: "ocsea-webinar-series-2020",
  title: {
    en: "Webinar series on online child sexual exploitation and abuse",
    zh: "关于网上儿童性剥削和性虐待问题的系列网络研讨会",
  },
  kind: "webinar-series",
  topics: ["online-child-sexual-exploitation-and-abuse"],
  countries: { named: [], count: { value: 15, qualifier: "exact", unit: "country" } },
  regions: { m49: ["011", "419"], named: [] },
  period: { start: "2020" },
  deliveryMode: "remote",
  languages: ["en", "fr", "pt", "es"],
  partners: [],
  audiences: ["law-enforcement", "prosecutors", "academics", "ngo-representatives", "general-public"],
  mandateIds: ["a-res-74-174"],
  implementerId: "unodc-gpc",
  provenance: [cite(REPORT_2021, 22)],
};

describe("Activity", () => {
  it("holds the OCSEA webinars, in four languages one of which is not official (¶22)", () => {
    const activity = Activity.parse(webinars);
    expect(activity.languages).toContain("pt");
    expect(activity.countries.count?.value).toBe(15);
  });

  it("holds what the source states and nothing more: the Burkina Faso assessment (¶14)", () => {
    const activity = Activity.parse({
      id: "burkina-faso-assessment",
      title: { en: "Comprehensive assessment of law enforcement and judicial capacity to counter cybercrime" },
      kind: "assessment",
      topics: [],
      countries: { named: ["BFA"] },
      regions: { m49: [], named: [] },
      period: { start: "2020" },
      languages: [],
      partners: [],
      audiences: [],
      mandateIds: [],
      provenance: [cite(REPORT_2021, 14)],
    });
    expect(activity.deliveryMode).toBeUndefined();
    expect(activity.summary).toBeUndefined();
    expect(activity.implementerId).toBeUndefined();
  });

  it("holds partners by name and acronym, and unnamed technology companies (¶27)", () => {
    const result = Activity.safeParse({
      ...webinars,
      id: "e-evidence-training-central-america",
      kind: "training",
      countries: { named: ["BLZ", "CRI", "SLV", "GTM", "HND"] },
      regions: { m49: ["013"], named: [] },
      partners: [{ name: { en: "Global technology companies", zh: "全球技术公司" } }, { name: { en: "Microsoft" } }],
      provenance: [cite(REPORT_2021, 27)],
    });
    expect(result.success).toBe(true);
  });

  it("needs a provenance, a title and a kind from the vocabulary", () => {
    expect(Activity.safeParse({ ...webinars, provenance: [] }).success).toBe(false);
    expect(Activity.safeParse({ ...webinars, title: {} }).success).toBe(false);
    expect(Activity.safeParse({ ...webinars, kind: "workshop" }).success).toBe(false);
  });

  it("refuses repeated topics, languages, audiences or mandates, and unknown fields", () => {
    expect(Activity.safeParse({ ...webinars, topics: ["darknet", "darknet"] }).success).toBe(false);
    expect(Activity.safeParse({ ...webinars, languages: ["en", "en"] }).success).toBe(false);
    expect(Activity.safeParse({ ...webinars, languages: ["english"] }).success).toBe(false);
    expect(Activity.safeParse({ ...webinars, audiences: ["judges", "judges"] }).success).toBe(false);
    expect(Activity.safeParse({ ...webinars, mandateIds: ["a-res-74-173", "a-res-74-173"] }).success).toBe(false);
    expect(Activity.safeParse({ ...webinars, results: [] }).success).toBe(false);
  });

  it("offers its title and summary in every language to free-text search", () => {
    const activity = Activity.parse({ ...webinars, summary: { fr: "Série de webinaires" } });
    expect(activityTexts(activity)).toEqual([webinars.title.zh, webinars.title.en, "Série de webinaires"]);
  });

  it("says whether its period is its own or the reporting period the report gives for it (¶14 dates nothing)", () => {
    const undated = Activity.parse({ ...webinars, periodBasis: "reporting-period" });
    expect(undated.periodBasis).toBe("reporting-period");
    expect(Activity.parse({ ...webinars, period: { start: "2020-02" }, periodBasis: "stated" }).periodBasis).toBe(
      "stated",
    );
    expect(Activity.parse(webinars).periodBasis).toBeUndefined();
    expect(Activity.safeParse({ ...webinars, periodBasis: "guessed" }).success).toBe(false);
  });

  it("the Guatemalan television campaign is a stated part of the prevention campaigns (¶33)", () => {
    const part = Activity.parse({
      ...webinars,
      id: "act-2020-guatemala-internet-in-lockdown-campaign",
      partOf: "act-2020-prevention-campaigns",
    });
    expect(part.partOf).toBe("act-2020-prevention-campaigns");
    const itself = Activity.safeParse({ ...webinars, partOf: webinars.id });
    expect(itself.error?.issues[0]).toMatchObject({
      path: ["partOf"],
      message: "an activity cannot be part of itself",
    });
  });

  it("¶17's training may overlap ¶18's and ¶23's: the source does not say whether 2,440 includes them", () => {
    const training = Activity.parse({ ...webinars, id: "act-17", mayOverlapWith: ["act-18", "act-23"] });
    expect(training.mayOverlapWith).toEqual(["act-18", "act-23"]);
    expect(
      Activity.safeParse({ ...webinars, id: "act-17", mayOverlapWith: ["act-17"] }).error?.issues[0]?.path,
    ).toEqual(["mayOverlapWith"]);
    expect(Activity.safeParse({ ...webinars, mayOverlapWith: ["act-18", "act-18"] }).success).toBe(false);
    expect(Activity.safeParse({ ...webinars, mayOverlapWith: [] }).success).toBe(false);
    const partAndOverlap = Activity.safeParse({ ...webinars, partOf: "act-33", mayOverlapWith: ["act-33"] });
    expect(partAndOverlap.error?.issues[0]?.message).toBe(
      "the whole an activity is part of certainly overlaps it: keep it in partOf only",
    );
  });

  it("every generated activity is valid", () => {
    fc.assert(fc.property(arbitraryActivity, (activity) => Activity.safeParse(activity).success));
  });
});
