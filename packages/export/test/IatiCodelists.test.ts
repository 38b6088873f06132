import { M49Region } from "@remit/core";
import { loadDataset } from "@remit/dataset";
import { describe, expect, it } from "vitest";
import { syntheticActivitiesWithResults } from "@remit/core/testing";
import { collectText, exportIati, withObservations } from "../src/iati";
import { codelist, startTags, withdrawnCodes, type StartTag } from "./IatiCodelists";
import { HAS_IATI_XSD, IATI_XSD_DIR, xsdSkipReason } from "./IatiXsd";

/** Which code list each coded attribute Remit writes is drawn from. */
const CODED: ReadonlyArray<{ element: string; attribute: string; list: string; when?: (tag: StartTag) => boolean }> = [
  { element: "iati-activities", attribute: "version", list: "Version" },
  { element: "reporting-org", attribute: "type", list: "OrganisationType" },
  { element: "participating-org", attribute: "type", list: "OrganisationType" },
  { element: "participating-org", attribute: "role", list: "OrganisationRole" },
  { element: "narrative", attribute: "xml:lang", list: "Language" },
  { element: "description", attribute: "type", list: "DescriptionType" },
  { element: "activity-status", attribute: "code", list: "ActivityStatus" },
  { element: "activity-date", attribute: "type", list: "ActivityDateType" },
  { element: "recipient-country", attribute: "code", list: "Country" },
  { element: "recipient-region", attribute: "vocabulary", list: "RegionVocabulary" },
  { element: "recipient-region", attribute: "code", list: "Region", when: (tag) => tag.attributes.vocabulary === "1" },
  { element: "sector", attribute: "vocabulary", list: "SectorVocabulary" },
  { element: "sector", attribute: "code", list: "Sector", when: (tag) => tag.attributes.vocabulary === "1" },
  { element: "tag", attribute: "vocabulary", list: "TagVocabulary" },
  { element: "document-link", attribute: "format", list: "FileFormat" },
  { element: "category", attribute: "code", list: "DocumentCategory" },
  { element: "language", attribute: "code", list: "Language" },
  { element: "related-activity", attribute: "type", list: "RelatedActivityType" },
  { element: "result", attribute: "type", list: "ResultType" },
  { element: "indicator", attribute: "measure", list: "IndicatorMeasure" },
];

async function exportedTags(): Promise<StartTag[]> {
  const loaded = loadDataset();
  if (!loaded.ok) throw new Error(loaded.error.message);
  const data = loaded.value;
  const options = { mandates: data.mandates, indicators: data.indicators, bodies: data.bodies };
  const fromDataset = await collectText(exportIati(withObservations(data.activities, data.observations), options));
  const synthetic = await collectText(exportIati(syntheticActivitiesWithResults(2_000), { mandates: data.mandates }));
  return [...startTags(fromDataset), ...startTags(synthetic)];
}

describe.skipIf(!HAS_IATI_XSD)(
  `every code in the IATI export is on its official list (${IATI_XSD_DIR}/codelists)${xsdSkipReason({ xmllint: false })}`,
  () => {
    it("writes only listed, current codes for every coded attribute", async () => {
      const tags = await exportedTags();
      const offList: string[] = [];
      const seen = new Map<string, number>();
      for (const rule of CODED) {
        const codes = codelist(rule.list);
        const withdrawn = withdrawnCodes(rule.list);
        for (const tag of tags) {
          if (tag.name !== rule.element || (rule.when !== undefined && !rule.when(tag))) continue;
          const code = tag.attributes[rule.attribute];
          if (code === undefined) continue;
          const key = `${rule.element}/@${rule.attribute}`;
          seen.set(key, (seen.get(key) ?? 0) + 1);
          if (!codes.has(code) || withdrawn.has(code)) offList.push(`${key}="${code}" (${rule.list})`);
        }
      }
      expect([...new Set(offList)]).toEqual([]);
      // Every rule met at least one code, so none of them passes by matching nothing.
      expect(CODED.map((rule) => `${rule.element}/@${rule.attribute}`).filter((key) => !seen.has(key))).toEqual([]);
    });

    it("writes M49 codes for vocabulary-2 regions (the UN Statistics Division's list, which IATI does not replicate)", async () => {
      const regions = (await exportedTags()).filter(
        (tag) => tag.name === "recipient-region" && tag.attributes.vocabulary === "2",
      );
      expect(regions.length).toBeGreaterThan(0);
      for (const region of regions) expect(M49Region.safeParse(region.attributes.code).success).toBe(true);
    });

    it("reads the lists it checks against", () => {
      expect(codelist("Country").has("BZ")).toBe(true);
      expect(codelist("Region").has("998")).toBe(true);
      expect(codelist("Sector").has("15130")).toBe(true);
    });
  },
);
