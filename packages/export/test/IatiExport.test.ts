import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Activity, Mandate, Observation } from "@remit/core";
import { describe, expect, it } from "vitest";
import { syntheticActivities } from "@remit/core/testing";
import {
  collectText,
  escapeXmlAttribute,
  escapeXmlText,
  exportIati,
  type IatiExportOptions,
  type IatiItem,
} from "../src/iati";
import { HAS_IATI_XSD, hasXmllint, wellFormednessProblems, xsdProblems, xsdSkipReason } from "./IatiXsd";

const base: Activity = {
  id: "ocsea-webinars-2020",
  title: {
    zh: "网上儿童性剥削和性虐待问题网络研讨会",
    en: "Webinars on online child sexual exploitation and abuse",
    fr: "Webinaires",
  },
  kind: "webinar-series",
  topics: ["online-child-sexual-exploitation-and-abuse", "human-rights-and-due-process", "electronic-evidence"],
  countries: { named: ["BLZ", "SLV", "GTM"] },
  regions: { m49: ["013"], named: [] },
  period: { start: "2020" },
  deliveryMode: "remote",
  languages: ["en", "fr", "pt", "es"],
  partners: [{ name: { en: "National Center for Missing & Exploited Children" }, acronym: "NCMEC" }],
  audiences: ["prosecutors"],
  mandateIds: ["a-res-74-173", "ga-dec-74-567"],
  provenance: [{ source: "document", symbol: "E/CN.15/2021/2", paragraphs: [22] }],
};

const mandates: Mandate[] = [
  {
    id: "a-res-74-173",
    symbol: "A/RES/74/173",
    kind: "resolution",
    adoptingBodyId: "ga",
    adoptedOn: "2019-12-18",
    provisions: [],
    reportingObligations: [],
    lineage: [],
    status: "active",
    provenance: [],
  },
  {
    id: "ga-dec-74-567",
    symbol: "GA decision 74/567",
    kind: "decision",
    adoptingBodyId: "ga",
    provisions: [],
    reportingObligations: [],
    lineage: [],
    status: "completed",
    provenance: [],
  },
];

const GENERATED = new Date("2021-05-17T09:30:00.250Z");
const OPTIONS: IatiExportOptions = { mandates, generatedAt: GENERATED };

async function xmlOf(items: IatiItem[], options: IatiExportOptions = OPTIONS): Promise<string> {
  return collectText(exportIati(items, options));
}

function elements(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?:\\s[^>]*?)?(?:/>|>[^]*?</${name}>)`, "g"))].map((match) => match[0]);
}

describe("an IATI activity", () => {
  it("is identified by the reporting organisation's ref and the activity id, UNODC by default", async () => {
    const xml = await xmlOf([base]);
    expect(xml).toContain('<iati-activities version="2.03" generated-datetime="2021-05-17T09:30:00Z">');
    expect(xml).toContain("<iati-identifier>XM-DAC-41128-ocsea-webinars-2020</iati-identifier>");
    expect(xml).toContain('<reporting-org ref="XM-DAC-41128" type="40">');
    const custom = await xmlOf([base], { reportingOrg: { ref: "XM-EXAMPLE-1", type: "40", name: { en: "Example" } } });
    expect(custom).toContain("<iati-identifier>XM-EXAMPLE-1-ocsea-webinars-2020</iati-identifier>");
  });

  it("gives title narratives with xml:lang for each language, in UN order", async () => {
    const [title] = elements(await xmlOf([base]), "title");
    expect(title).toMatch(/xml:lang="zh">网上儿童[^]*xml:lang="en">Webinars[^]*xml:lang="fr">Webinaires/);
  });

  it("composes a description from kind and topics when there is no summary, as IATI requires one", async () => {
    const [description] = elements(await xmlOf([base]), "description");
    expect(description).toContain(
      '<narrative xml:lang="en">Webinar series: Online child sexual exploitation and abuse; Human rights and due process; Electronic evidence</narrative>',
    );
    expect(description).toContain(
      '<narrative xml:lang="zh">系列网络研讨会: 网上儿童性剥削和性虐待; 人权和正当程序; 电子证据</narrative>',
    );
  });

  it("names UNODC and each partner as implementing organisations", async () => {
    const orgs = elements(await xmlOf([base]), "participating-org");
    expect(orgs).toHaveLength(2);
    expect(orgs[0]).toContain('ref="XM-DAC-41128" type="40" role="4"');
    expect(orgs[1]).toContain('role="4"');
    expect(orgs[1]).toContain("National Center for Missing &amp; Exploited Children (NCMEC)");
  });

  it("writes countries as ISO alpha-2 codes and regions as UN M49 areas (vocabulary 2), splitting 100 % evenly", async () => {
    const xml = await xmlOf([base]);
    const starts = (name: string) => elements(xml, name).map((element) => element.slice(0, element.indexOf(">") + 1));
    expect(starts("recipient-country")).toEqual([
      '<recipient-country code="BZ" percentage="25">',
      '<recipient-country code="SV" percentage="25">',
      '<recipient-country code="GT" percentage="25">',
    ]);
    expect(starts("recipient-region")).toEqual(['<recipient-region code="013" vocabulary="2" percentage="25">']);
    expect(elements(xml, "recipient-country")[0]).toContain(
      "Percentage set by Remit, not by the source: an equal share for each of the 4 recipients named.",
    );
  });

  it("gives a single recipient 100 % with no note, as nothing was split", async () => {
    const xml = await xmlOf([{ ...base, countries: { named: ["BLZ"] }, regions: { m49: [], named: [] } }]);
    expect(elements(xml, "recipient-country")).toEqual(['<recipient-country code="BZ" percentage="100"/>']);
    expect(elements(xml, "recipient-region")).toEqual([]);
  });

  it("reports an activity the source does not locate as developing countries, unspecified, saying what the source says", async () => {
    const xml = await xmlOf([
      {
        ...base,
        countries: { named: [], count: { value: 64, qualifier: "exact", unit: "country" } },
        regions: { m49: [], named: [{ name: { en: "the ASEAN region" } }] },
      },
    ]);
    expect(elements(xml, "recipient-country")).toEqual([]);
    const [region] = elements(xml, "recipient-region");
    expect(region).toContain('<recipient-region code="998" vocabulary="1" percentage="100">');
    expect(region).toContain(
      "the source names no recipient country or M49 region (it states: 64 countries; the ASEAN region)",
    );
  });

  it("splits sector percentages by how many topics fall under each DAC code, and says the split is Remit's", async () => {
    const xml = await xmlOf([
      { ...base, topics: ["digital-forensics", "darknet", "cryptocurrency", "human-rights-and-due-process"] },
    ]);
    const sectors = elements(xml, "sector");
    expect(sectors.map((sector) => sector.slice(0, sector.indexOf(">") + 1))).toEqual([
      '<sector vocabulary="1" code="15130" percentage="75">',
      '<sector vocabulary="1" code="15160" percentage="25">',
    ]);
    expect(sectors[0]).toContain("3 of the activity's 4 topics fall under this sector");
  });

  it("dates a year-only period by its first and last day, actual or planned as of the given day, with a note", async () => {
    const past = await xmlOf([base], { ...OPTIONS, asOf: "2021-03-01" });
    expect(past).toContain('<activity-status code="3"/>');
    expect(past).toContain('<activity-date type="2" iso-date="2020-01-01">');
    expect(past).toContain('<activity-date type="4" iso-date="2020-12-31">');
    expect(past).toContain("Known only to the year (2020); 2020-12-31 is its last day.");
    const during = await xmlOf([base], { ...OPTIONS, asOf: "2020-06-01" });
    expect(during).toContain('<activity-status code="2"/>');
    expect(during).toContain('<activity-date type="3" iso-date="2020-12-31">');
    const before = await xmlOf([{ ...base, period: { start: "2020-07-27", end: "2020-07-29" } }], {
      ...OPTIONS,
      asOf: "2020-01-01",
    });
    expect(before).toContain('<activity-status code="1"/>');
    expect(before).toContain('<activity-date type="1" iso-date="2020-07-27"/>');
    expect(before).not.toContain("Known only");
  });

  it("names the activity it is part of as its parent, and says when its period is only the report's", async () => {
    const part: Activity = {
      ...base,
      id: "guatemala-tv-campaign",
      partOf: "prevention-campaigns",
      periodBasis: "reporting-period",
    };
    const xml = await xmlOf([part], { ...OPTIONS, asOf: "2021-03-01" });
    expect(elements(xml, "related-activity")).toEqual([
      '<related-activity ref="XM-DAC-41128-prevention-campaigns" type="1"/>',
    ]);
    expect(xml).toContain(
      "Known only to the year (2020); 2020-01-01 is its first day. The source dates only its report's period, not the activity.",
    );
  });

  it("classifies topics by DAC purpose code, each code once, and tags every topic (vocabulary 99)", async () => {
    const xml = await xmlOf([base]);
    expect(elements(xml, "sector").map((sector) => /code="(\d+)"/.exec(sector)?.[1])).toEqual(["15130", "15160"]);
    expect(elements(xml, "sector")[0]).toContain('vocabulary="1"');
    const tags = elements(xml, "tag");
    expect(tags).toHaveLength(3);
    expect(tags[0]).toContain('vocabulary="99" code="online-child-sexual-exploitation-and-abuse"');
    expect(tags[0]).toContain('<narrative xml:lang="ar">');
    const none = await xmlOf([{ ...base, topics: [] }]);
    expect(elements(none, "sector").map((sector) => /code="(\d+)"/.exec(sector)?.[1])).toEqual(["15130"]);
  });

  it("links the mandate it serves by symbol, and leaves out a mandate known only by its citation", async () => {
    const links = elements(await xmlOf([base]), "document-link");
    expect(links).toHaveLength(1);
    expect(links[0]).toContain('url="https://undocs.org/A/RES/74/173" format="text/html"');
    expect(links[0]).toContain('<category code="A02"/>');
    expect(links[0]).toContain('<document-date iso-date="2019-12-18"/>');
    const own = await xmlOf([base], {
      ...OPTIONS,
      documentUrl: (symbol) => `https://example.org/docs?symbol=${encodeURIComponent(symbol)}`,
    });
    expect(elements(own, "document-link")).toHaveLength(2);
    expect(await xmlOf([base], { generatedAt: GENERATED })).not.toContain("<document-link");
  });
});

describe("IATI results", () => {
  const trained: Observation = {
    id: "ocsea-trained",
    indicatorId: "people-trained",
    value: { value: 130, qualifier: "atLeast", strict: true, unit: "person" },
    scope: {
      period: { start: "2020" },
      countries: { named: [] },
      regions: { m49: [], named: [] },
      disaggregation: [{ dimension: "age-band", value: "9-12" }],
    },
    activityIds: [base.id],
    provenance: [{ source: "document", symbol: "E/CN.15/2021/2", paragraphs: [18] }],
  };
  const share: Observation = {
    ...trained,
    id: "cases-share",
    indicatorId: "share-of-cases",
    value: {
      basis: "percent",
      percent: { value: 40, qualifier: "exact" },
      denominator: { value: 263, qualifier: "exact", unit: "case" },
    },
    scope: { ...trained.scope, disaggregation: [] },
  };

  it("give each indicator a result with one period per figure, the qualifier in words and the breakdown as dimensions", async () => {
    const xml = await xmlOf([{ activity: base, observations: [trained] }], {
      ...OPTIONS,
      indicators: [
        { id: "people-trained", name: { en: "People trained", zh: "受培训人数" }, unit: "person", aggregation: "sum" },
      ],
    });
    const [result] = elements(xml, "result");
    expect(result).toContain('<result type="1" aggregation-status="0">');
    expect(result).toContain('<indicator measure="1">');
    expect(result).toContain('<period-start iso-date="2020-01-01"/>');
    expect(result).toContain('<actual value="130">');
    expect(result).toContain('<dimension name="age-band" value="9-12"/>');
    expect(result).toContain('<narrative xml:lang="en">more than 130 (person) — E/CN.15/2021/2 ¶18</narrative>');
    expect(result).toContain('<narrative xml:lang="zh">130多 (person) — E/CN.15/2021/2 ¶18</narrative>');
  });

  it("write a share as a percentage that keeps its whole, and mark only exact single-activity figures as aggregatable", async () => {
    const exact: Observation = { ...trained, value: { value: 655, qualifier: "exact", unit: "person" } };
    const xml = await xmlOf([{ activity: base, observations: [share, exact] }]);
    const [shareResult, exactResult] = elements(xml, "result");
    expect(shareResult).toContain('<indicator measure="2">');
    expect(shareResult).toContain('<actual value="40">');
    expect(shareResult).toContain("40% / 263 — E/CN.15/2021/2 ¶18");
    expect(exactResult).toContain('aggregation-status="1"');
  });
});

describe("IATI text escaping", () => {
  const hostile: Activity = {
    ...base,
    title: { en: 'Tom & Jerry <script>alert("x")</script> \u0001\u0008 \uFFFF done', ar: "دورة \"تدريبية\" & 'ورشة'" },
    summary: { en: "line one\r\nline two\ttab ]]> end" },
    partners: [{ name: { en: 'A "quoted" <partner>' }, acronym: "A&B" }],
  };

  it("escapes markup and drops characters XML cannot hold", () => {
    expect(escapeXmlText('a & b < c > d "e"')).toBe('a &amp; b &lt; c &gt; d "e"');
    expect(escapeXmlAttribute('x="1"\ty\nz')).toBe("x=&quot;1&quot;&#9;y&#10;z");
    expect(escapeXmlText("a\u0000b\u0007c\uFFFEd\uD800e😀")).toBe("abcde😀");
    expect(escapeXmlText("a\r\nb")).toBe("a&#13;\nb");
  });

  it("keeps every title, summary and partner name readable as well-formed XML", async () => {
    const xml = await xmlOf([hostile]);
    expect(xml).toContain('Tom &amp; Jerry &lt;script&gt;alert("x")&lt;/script&gt;   done');
    expect(xml).toContain("دورة \"تدريبية\" &amp; 'ورشة'");
    expect(xml).toContain("line one&#13;\nline two\ttab ]]&gt; end");
    expect(xml).toContain('A "quoted" &lt;partner&gt; (A&amp;B)');
    if (hasXmllint()) {
      const file = join(tmpdir(), `remit-iati-hostile-${process.pid}.xml`);
      await writeFile(file, xml);
      expect(wellFormednessProblems(file)).toBe("");
      if (HAS_IATI_XSD) expect(xsdProblems(file)).toBe("");
    }
  });
});

describe("the IATI writer", () => {
  it("streams: thousands of activities come out in many chunks of bounded size", async () => {
    let chunks = 0;
    let largest = 0;
    for await (const chunk of exportIati(syntheticActivities(3_000), OPTIONS)) {
      chunks += 1;
      largest = Math.max(largest, chunk.length);
    }
    expect(chunks).toBeGreaterThan(20);
    expect(largest).toBeLessThan(80 * 1024);
  });

  it.skipIf(xsdSkipReason({ xmllint: true }) !== "")(
    `is checked by a validator that does reject a wrong order (reporting-org after title)${xsdSkipReason({ xmllint: true })}`,
    async () => {
      const xml = (await xmlOf([base])).replace(
        /(\s*<reporting-org[^]*?<\/reporting-org>)(\s*<title>[^]*?<\/title>)/,
        "$2$1",
      );
      const file = join(tmpdir(), `remit-iati-misordered-${process.pid}.xml`);
      await writeFile(file, xml);
      expect(xsdProblems(file)).toMatch(/reporting-org/);
    },
  );
});
