import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cite } from "../provenance/Provenance";
import { arbitraryIndicator, arbitraryObservation } from "../testing/arbitraries/metric";
import { countedCountries, namedCountries } from "./CountryCoverage";
import { Indicator } from "./Indicator";
import { Observation } from "./Observation";
import { exact, moreThan } from "./Quantity";

// The 2021 report is known only up to its number: a partial symbol.
const REPORT_2021 = "E/CN.15/2021/…";
const year2020 = { start: "2020" };
const noRegions = { m49: [], named: [] };

describe("Observation", () => {
  it("holds 2,440 practitioners from 64 unnamed countries (¶17)", () => {
    const observation = Observation.parse({
      id: "p17-practitioners-trained",
      indicatorId: "practitioners-trained",
      value: exact(2_440, { unit: "person" }),
      scope: { period: year2020, countries: countedCountries(exact(64)), regions: noRegions, disaggregation: [] },
      activityIds: [],
      provenance: [cite(REPORT_2021, 17)],
    });
    expect(observation.scope.countries).toEqual({
      named: [],
      count: { value: 64, qualifier: "exact", unit: "country" },
    });
  });

  it("holds 13 female victims aged 9–12 identified in three named countries (¶25)", () => {
    const result = Observation.safeParse({
      id: "p25-victims-identified",
      indicatorId: "victims-identified",
      value: exact(13, { unit: "person" }),
      scope: {
        period: year2020,
        countries: namedCountries(["SLV", "GTM", "HND"]),
        regions: { m49: ["013"], named: [] },
        disaggregation: [
          { dimension: "age-band", value: "9-12" },
          { dimension: "sex", value: "female" },
        ],
      },
      activityIds: ["teachers-prevention-central-america-2020"],
      provenance: [{ ...cite(REPORT_2021, 25), quote: "13名网上儿童性剥削和性虐待的女性受害者（9至 12岁）" }],
    });
    expect(result.success).toBe(true);
  });

  it("holds '40% of 263 cases in 2018–2020' as a share over a span of years (¶21)", () => {
    const result = Observation.safeParse({
      id: "p21-el-salvador-ocsea-share",
      indicatorId: "ocsea-share-of-cybercrime-cases",
      value: { basis: "percent", percent: exact(40), denominator: exact(263, { unit: "case" }) },
      scope: {
        period: { start: "2018", end: "2020" },
        countries: namedCountries(["SLV"]),
        regions: noRegions,
        disaggregation: [],
      },
      activityIds: [],
      provenance: [cite(REPORT_2021, 21)],
    });
    expect(result.success).toBe(true);
  });

  it("holds 7,832 people from 15 countries in West Africa and Latin America (¶22)", () => {
    const result = Observation.safeParse({
      id: "p22-webinar-participants",
      indicatorId: "people-reached",
      value: exact(7_832, { unit: "person" }),
      scope: {
        period: year2020,
        countries: countedCountries(exact(15)),
        regions: { m49: ["011", "419"], named: [] },
        disaggregation: [],
      },
      activityIds: ["ocsea-webinars-2020"],
      provenance: [cite(REPORT_2021, 22)],
    });
    expect(result.success).toBe(true);
  });

  it("holds a region the source names in words when no M49 area fits", () => {
    const result = Observation.safeParse({
      id: "p32-awareness",
      indicatorId: "people-reached",
      value: moreThan(24_400, { unit: "person" }),
      scope: {
        period: year2020,
        countries: { named: [] },
        regions: { m49: ["035", "002", "419"], named: [{ name: { zh: "东盟区域" } }] },
        disaggregation: [],
      },
      activityIds: [],
      provenance: [cite(REPORT_2021, 32)],
    });
    expect(result.success).toBe(true);
  });

  it("needs at least one provenance", () => {
    const result = Observation.safeParse({
      id: "no-source",
      indicatorId: "people-reached",
      value: exact(1),
      scope: { period: year2020, countries: { named: [] }, regions: noRegions, disaggregation: [] },
      activityIds: [],
      provenance: [],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["provenance"]);
  });

  it("refuses malformed age bands, repeated dimensions, unknown regions and repeated activities", () => {
    const base = {
      id: "x",
      indicatorId: "y",
      value: exact(1),
      scope: { period: year2020, countries: { named: [] }, regions: noRegions, disaggregation: [] as unknown[] },
      activityIds: [] as string[],
      provenance: [cite(REPORT_2021, 25)],
    };
    const withScope = (scope: object) => ({ ...base, scope: { ...base.scope, ...scope } });
    expect(
      Observation.safeParse(withScope({ disaggregation: [{ dimension: "age-band", value: "12-9" }] })).success,
    ).toBe(false);
    expect(
      Observation.safeParse(withScope({ disaggregation: [{ dimension: "age-band", value: "nine" }] })).success,
    ).toBe(false);
    expect(
      Observation.safeParse(withScope({ disaggregation: [{ dimension: "age-band", value: "18+" }] })).success,
    ).toBe(true);
    expect(
      Observation.safeParse(
        withScope({
          disaggregation: [
            { dimension: "sex", value: "female" },
            { dimension: "sex", value: "male" },
          ],
        }),
      ).success,
    ).toBe(false);
    expect(Observation.safeParse(withScope({ regions: { m49: ["999"], named: [] } })).success).toBe(false);
    expect(Observation.safeParse({ ...base, activityIds: ["a", "a"] }).success).toBe(false);
  });

  it("every generated observation is valid", () => {
    fc.assert(fc.property(arbitraryObservation, (observation) => Observation.safeParse(observation).success));
  });
});

describe("Indicator", () => {
  it("names what is counted and how it aggregates", () => {
    const indicator = Indicator.parse({
      id: "countries-reached",
      name: { en: "Countries reached", zh: "覆盖国家" },
      unit: "country",
      aggregation: "distinct-count",
    });
    expect(indicator.aggregation).toBe("distinct-count");
  });

  it("a distinct count counts countries, not persons", () => {
    const result = Indicator.safeParse({ id: "x", name: { en: "X" }, unit: "person", aggregation: "distinct-count" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["unit"]);
  });

  it("every generated indicator is valid", () => {
    fc.assert(fc.property(arbitraryIndicator, (indicator) => Indicator.safeParse(indicator).success));
  });
});
