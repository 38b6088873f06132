import { activitySortKey, matchesActivityFilter, normalizeSearchText, type Activity } from "@remit/core";
import type { Row, WrittenTable } from "../src/projection/TableRows";
import { arbitraryActivity, arbitraryM49Region } from "@remit/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AGGREGATION_BLOCKS,
  MERGED_BLOCKS,
  aggregationBlock,
  observationBlock,
  blocksOfGroup,
} from "../src/aggregation/AggregationBlocks";
import { FACETS, type FacetName } from "../src/projection/Facets";
import { partnerAliases, partnerForms } from "../src/projection/PartnerForms";
import { SEARCH_TEXT_SEPARATOR, activitySearchText, listedRegions, projectRecord } from "../src/projection/Projections";
import { m49MemberRows } from "../src/projection/RegionMembership";

/** The rows a record projects, by table. */
function rowsOf(activity: Activity): Map<WrittenTable, Row[]> {
  const rows = new Map<WrittenTable, Row[]>();
  projectRecord("activity", activity, { add: (table, row) => rows.set(table, [...(rows.get(table) ?? []), row]) });
  return rows;
}

const words = fc.constantFrom(
  "cybercrime",
  "Formation",
  "ÉVALUATION",
  "网络犯罪",
  "darknet  ",
  "capacitación",
  "zzz",
  "l'",
  "%_",
);

describe("the index rows of an activity", () => {
  it("the regions it lists, with those its countries are members of, are exactly the regions a region filter finds it by", () => {
    const members = new Set(m49MemberRows().map(([region, country]) => `${region} ${country}`));
    fc.assert(
      fc.property(arbitraryActivity, arbitraryM49Region, (activity, region) => {
        const inRegion =
          listedRegions(activity).includes(region) ||
          activity.countries.named.some((country) => members.has(`${region} ${country}`));
        expect(inRegion).toBe(matchesActivityFilter(activity, { region }));
      }),
      { numRuns: 300 },
    );
  });

  it("holds El Salvador in Central America, Latin America and the Caribbean, the Americas and the world", () => {
    const regions = m49MemberRows()
      .filter(([, country]) => country === "SLV")
      .map(([region]) => region);
    expect(regions.toSorted()).toEqual(["001", "013", "019", "419"]);
  });

  it("its partner aliases lead exactly the names a partner filter finds it by to one of its partner rows", () =>
    fc.assert(
      fc.property(arbitraryActivity, fc.string({ maxLength: 12 }), (activity, typed) => {
        const candidates = [
          typed,
          ...activity.partners.flatMap((partner) => [partner.acronym, ...Object.values(partner.name)]),
        ];
        const forms = rowsOf(activity).get("facet") ?? [];
        const held = new Set(forms.filter((row) => row[1] === FACETS.activityPartner.code).map((row) => row[2]));
        for (const partner of candidates.filter(
          (candidate): candidate is string => candidate !== undefined && candidate.trim() !== "",
        )) {
          const led = partnerAliases(activity).filter(([alias]) => alias === normalizeSearchText(partner));
          expect(led.length > 0 && led.every(([, form]) => held.has(form))).toBe(
            matchesActivityFilter(activity, { partner }),
          );
        }
      }),
      { numRuns: 200 },
    ));

  it("writes one partner row per partner, however many names and acronyms it has", () => {
    const [activity] = fc.sample(arbitraryActivity, { numRuns: 1, seed: 5 });
    const withInterpol = {
      ...activity!,
      partners: [
        { name: { en: "International Criminal Police Organization", zh: "国际刑事警察组织" }, acronym: "INTERPOL" },
        { name: { fr: "Banque mondiale", en: "World Bank" } },
      ],
    };
    expect(partnerForms(withInterpol)).toEqual(["interpol", "world bank"]);
    expect(partnerAliases(withInterpol)).toContainEqual(["国际刑事警察组织", "interpol"]);
    expect(partnerAliases(withInterpol)).toContainEqual(["banque mondiale", "world bank"]);
  });

  it("its search text contains every word of a query exactly when the free-text filter finds it", () =>
    fc.assert(
      fc.property(arbitraryActivity, fc.array(words, { minLength: 1, maxLength: 3 }), (activity, query) => {
        const text = query.join(" ");
        const found = normalizeSearchText(text)
          .split(" ")
          .filter((word) => word !== "")
          .every((word) => activitySearchText(activity).includes(word));
        expect(found).toBe(matchesActivityFilter(activity, { text }));
      }),
      { numRuns: 300 },
    ));

  it("sorts it by title under core's title sort key, and finds it by its search text", () =>
    fc.assert(
      fc.property(arbitraryActivity, (activity) => {
        const [[, , , searchText, titleKey]] = rowsOf(activity).get("activity") as [Row];
        expect(titleKey).toBe(activitySortKey(activity, "title"));
        expect(searchText).toBe(activitySearchText(activity));
      }),
      { numRuns: 200 },
    ));

  it("keeps the texts of title and summary apart, so a word never spans two texts", () => {
    const activity = {
      ...fc.sample(arbitraryActivity, { numRuns: 1, seed: 3 })[0]!,
      title: { en: "cyber" },
      summary: { en: "crime" },
    };
    expect(activitySearchText(activity)).toBe(`cyber${SEARCH_TEXT_SEPARATOR}crime`);
    expect(matchesActivityFilter(activity, { text: "cybercrime" })).toBe(false);
    expect(activitySearchText(activity).includes("cybercrime")).toBe(false);
  });

  it("writes one facet row per country, listed region, topic, audience, mandate and the kind, and the period as days", () => {
    const [activity] = fc.sample(arbitraryActivity, { numRuns: 1, seed: 11 });
    const rows = rowsOf(activity!);
    const facet = (name: FacetName) =>
      (rows.get("facet") ?? []).filter((row) => row[1] === FACETS[name].code).map((row) => row[2]);
    expect((rows.get("facet") ?? []).every((row) => row[0] === activity!.id)).toBe(true);
    expect(facet("activityCountry")).toEqual(activity!.countries.named);
    expect(facet("activityTopic")).toEqual(activity!.topics);
    expect(facet("activityAudience")).toEqual(activity!.audiences);
    expect(facet("activityMandate")).toEqual(activity!.mandateIds);
    expect(facet("activityKind")).toEqual([activity!.kind]);
    expect(facet("activityRegion")).toEqual(listedRegions(activity!));
    const [[id, start, end]] = rows.get("activity") as [Row];
    expect(id).toBe(activity!.id);
    expect(start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(end! >= start!).toBe(true);
  });
});

describe("aggregation blocks", () => {
  it("an observation's block depends on its id alone and is one of the blocks", () =>
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,30}$/), (id) => {
        const block = aggregationBlock(id);
        expect(block).toBe(aggregationBlock(`${id}`));
        expect(Number.isInteger(block) && block >= 0 && block < AGGREGATION_BLOCKS).toBe(true);
      }),
    ));

  it("figures naming the same first activity share a block, whatever else they name", () =>
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,12}$/), { minLength: 1, maxLength: 4 }),
        fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,12}$/),
        (activityIds, id) => {
          const first = activityIds.toSorted()[0]!;
          expect(observationBlock({ id, activityIds })).toBe(
            observationBlock({ id: `other-${id}`, activityIds: [first] }),
          );
          expect(observationBlock({ id, activityIds: [] })).toBe(aggregationBlock(id));
        },
      ),
    ));

  it("spreads ids over every block", () => {
    const used = new Set(Array.from({ length: 20_000 }, (_, index) => aggregationBlock(`obs-${index}`)));
    expect(used.size).toBe(AGGREGATION_BLOCKS);
  });

  it("groups every block in exactly one group of merged blocks", () => {
    const grouped = Array.from({ length: MERGED_BLOCKS }, (_, group) => blocksOfGroup(group)).flat();
    expect(grouped.toSorted((a, b) => a - b)).toEqual(Array.from({ length: AGGREGATION_BLOCKS }, (_, block) => block));
  });
});
