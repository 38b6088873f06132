import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cite } from "../provenance/Provenance";
import { arbitraryActivity } from "../testing/arbitraries/activity";
import type { Activity } from "./Activity";
import { ActivityFilter, matchesActivityFilter } from "./ActivityFilter";
import { ACTIVITY_KINDS } from "./ActivityKind";
import { ACTIVITY_TOPICS } from "./ActivityTopic";
import { AUDIENCES } from "./Audience";

// The 2021 report is known only up to its number: a partial symbol.
const REPORT_2021 = "E/CN.15/2021/…";

const teachers: Activity = {
  id: "teachers-prevention-central-america-2020",
  title: {
    en: "Training of teachers in cybercrime prevention",
    es: "Capacitación de docentes en prevención de la ciberdelincuencia",
    zh: "在预防网络犯罪方面培训教师",
  },
  summary: { en: "With ministries of education and the secretariats against trafficking in persons" },
  kind: "training",
  topics: ["prevention-and-awareness", "online-child-sexual-exploitation-and-abuse"],
  countries: { named: ["SLV", "GTM", "HND"] },
  regions: { m49: [], named: [] },
  period: { start: "2020" },
  languages: ["es"],
  partners: [],
  audiences: ["teachers"],
  mandateIds: ["a-res-74-174"],
  provenance: [cite(REPORT_2021, 25)],
};

const darknetAssessment: Activity = {
  id: "darknet-threat-assessment-southeast-asia",
  title: { en: "Darknet Cybercrime Threats to Southeast Asia", zh: "东南亚暗网网络犯罪威胁评估" },
  kind: "research-publication",
  topics: ["darknet"],
  countries: { named: [] },
  regions: { m49: ["035"], named: [] },
  period: { start: "2020" },
  languages: [],
  partners: [],
  audiences: [],
  mandateIds: ["a-res-74-173"],
  provenance: [cite(REPORT_2021, 31)],
};

const aseanConference: Activity = {
  id: "asean-child-online-protection-conference",
  title: { en: "ASEAN regional conference on child online protection" },
  kind: "regional-conference",
  topics: ["online-child-sexual-exploitation-and-abuse"],
  countries: { named: [] },
  regions: { m49: ["035"], named: [] },
  period: { start: "2020" },
  languages: [],
  partners: [
    { name: { en: "United Nations Children's Fund", zh: "联合国儿童基金会" }, acronym: "UNICEF" },
    { name: { en: "International Telecommunication Union" }, acronym: "ITU" },
  ],
  audiences: ["government-officials", "ngo-representatives", "private-sector"],
  mandateIds: [],
  provenance: [cite(REPORT_2021, 24)],
};

const all = [teachers, darknetAssessment, aseanConference];
const ids = (filter: ActivityFilter) =>
  all.filter((activity) => matchesActivityFilter(activity, filter)).map((activity) => activity.id);

describe("matchesActivityFilter", () => {
  it("an empty filter matches every activity", () => {
    expect(ids({})).toEqual(all.map((activity) => activity.id));
  });

  it("by mandate, topic, kind and audience", () => {
    expect(ids({ mandateId: "a-res-74-174" })).toEqual([teachers.id]);
    expect(ids({ topic: "online-child-sexual-exploitation-and-abuse" })).toEqual([teachers.id, aseanConference.id]);
    expect(ids({ kind: "research-publication" })).toEqual([darknetAssessment.id]);
    expect(ids({ audience: "teachers" })).toEqual([teachers.id]);
  });

  it("by country, only among named countries", () => {
    expect(ids({ country: "GTM" })).toEqual([teachers.id]);
    expect(ids({ country: "THA" })).toEqual([]);
    const counted: Activity = {
      ...teachers,
      countries: { named: [], count: { value: 64, qualifier: "exact", unit: "country" } },
    };
    expect(matchesActivityFilter(counted, { country: "GTM" })).toBe(false);
  });

  it("by region: a named country in it, or the same region listed", () => {
    expect(ids({ region: "013" })).toEqual([teachers.id]);
    expect(ids({ region: "419" })).toEqual([teachers.id]);
    expect(ids({ region: "035" })).toEqual([darknetAssessment.id, aseanConference.id]);
    expect(ids({ region: "142" })).toEqual([]);
  });

  it("by partner, by acronym or name in any language, ignoring case", () => {
    expect(ids({ partner: "unicef" })).toEqual([aseanConference.id]);
    expect(ids({ partner: "联合国儿童基金会" })).toEqual([aseanConference.id]);
    expect(ids({ partner: "international telecommunication union" })).toEqual([aseanConference.id]);
    expect(ids({ partner: "INTERPOL" })).toEqual([]);
  });

  it("by period overlap, partial dates widened to their span", () => {
    expect(ids({ period: { start: "2020-06" } })).toHaveLength(3);
    expect(ids({ period: { start: "2019-01", end: "2019-12-31" } })).toEqual([]);
    expect(ids({ period: { start: "2018", end: "2021" } })).toHaveLength(3);
  });

  it("by free text in any language, ignoring case and accents, over title and summary", () => {
    expect(ids({ text: "DARKNET southeast" })).toEqual([darknetAssessment.id]);
    expect(ids({ text: "暗网" })).toEqual([darknetAssessment.id]);
    expect(ids({ text: "capacitacion DOCENTES" })).toEqual([teachers.id]);
    expect(ids({ text: "ministries trafficking" })).toEqual([teachers.id]);
    expect(ids({ text: "darknet teachers" })).toEqual([]);
  });

  it("ANDs all the criteria given", () => {
    expect(ids({ topic: "online-child-sexual-exploitation-and-abuse", region: "035" })).toEqual([aseanConference.id]);
    expect(ids({ topic: "online-child-sexual-exploitation-and-abuse", region: "035", kind: "training" })).toEqual([]);
  });
});

const arbitraryFilter: fc.Arbitrary<ActivityFilter> = fc.record(
  {
    mandateId: fc.constantFrom("a-res-74-173", "a-res-74-174", "ccpcj-res-22-8"),
    country: fc.constantFrom("SLV", "THA", "SEN", "BLZ"),
    region: fc.constantFrom("013", "035", "419", "002"),
    topic: fc.constantFrom(...ACTIVITY_TOPICS),
    kind: fc.constantFrom(...ACTIVITY_KINDS),
    partner: fc.constantFrom("INTERPOL", "unicef", "World Bank", "全球技术公司"),
    audience: fc.constantFrom(...AUDIENCES),
    period: fc.constantFrom({ start: "2019" }, { start: "2020-03", end: "2020-06" }, { start: "2021" }),
    text: fc.constantFrom("cybercrime", "培训", "EVALUATION", "formation darknet"),
  },
  { requiredKeys: [] },
);

describe("matchesActivityFilter as a conjunction", () => {
  it("accepts an activity exactly when each criterion alone accepts it", () => {
    fc.assert(
      fc.property(arbitraryActivity, arbitraryFilter, (activity, filter) => {
        const alone = Object.entries(filter).map(([key, value]) => matchesActivityFilter(activity, { [key]: value }));
        return matchesActivityFilter(activity, filter) === alone.every(Boolean);
      }),
    );
  });

  it("a filter built from an activity's own values matches it", () => {
    fc.assert(
      fc.property(arbitraryActivity, (activity) => {
        const filter: ActivityFilter = {
          kind: activity.kind,
          period: activity.period,
          ...(activity.topics[0] === undefined ? {} : { topic: activity.topics[0] }),
          ...(activity.countries.named[0] === undefined ? {} : { country: activity.countries.named[0] }),
          ...(activity.regions.m49[0] === undefined ? {} : { region: activity.regions.m49[0] }),
          ...(activity.mandateIds[0] === undefined ? {} : { mandateId: activity.mandateIds[0] }),
          ...(activity.audiences[0] === undefined ? {} : { audience: activity.audiences[0] }),
          ...(activity.partners[0]?.acronym === undefined
            ? {}
            : { partner: activity.partners[0].acronym.toLowerCase() }),
          ...(activity.title.en === undefined ? {} : { text: activity.title.en.toUpperCase() }),
        };
        return ActivityFilter.safeParse(filter).success && matchesActivityFilter(activity, filter);
      }),
    );
  });

  it("refuses a filter with an unknown criterion or a blank text", () => {
    expect(ActivityFilter.safeParse({ colour: "blue" }).success).toBe(false);
    expect(ActivityFilter.safeParse({ text: "   " }).success).toBe(false);
    expect(ActivityFilter.safeParse({ country: "XXX" }).success).toBe(false);
  });
});

describe("places in their roles", () => {
  const mentors: Activity = {
    id: "cybercrime-mentors-2020",
    title: { en: "Cybercrime mentors based in Austria, El Salvador, Guatemala, Senegal and Thailand" },
    kind: "mentoring",
    topics: ["electronic-evidence"],
    countries: { named: [] },
    places: ["AUT", "SLV", "GTM", "SEN", "THA"].map((country) => ({ country, role: "based-in" as const })),
    regions: { m49: [], named: [] },
    period: { start: "2020" },
    languages: [],
    partners: [],
    audiences: [],
    mandateIds: [],
    provenance: [cite(REPORT_2021, 13)],
  };

  it("a mentor based in Austria is not assistance to Austria", () => {
    expect(matchesActivityFilter(mentors, { country: "AUT" })).toBe(false);
    expect(matchesActivityFilter(mentors, { country: "AUT", placeRole: "based-in" })).toBe(true);
    expect(matchesActivityFilter(mentors, { country: "AUT", placeRole: "any" })).toBe(true);
    expect(matchesActivityFilter(mentors, { country: "AUT", placeRole: "venue" })).toBe(false);
  });

  it("a region query looks at the same role: Western Africa holds a mentor's base, not an assisted country", () => {
    expect(matchesActivityFilter(mentors, { region: "011" })).toBe(false);
    expect(matchesActivityFilter(mentors, { region: "011", placeRole: "based-in" })).toBe(true);
  });

  it("a region named in the source's words is found by the M49 area it stands for", () => {
    const awareness: Activity = {
      ...darknetAssessment,
      id: "awareness-2020",
      regions: { m49: ["035", "002"], named: [{ name: { en: "Latin America", zh: "拉丁美洲" }, m49: "419" }] },
    };
    expect(matchesActivityFilter(awareness, { region: "419" })).toBe(true);
    expect(matchesActivityFilter(awareness, { region: "005" })).toBe(false);
  });
});
