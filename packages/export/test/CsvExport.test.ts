import { ENTITY_SCHEMAS, csvHeader, type Activity, type CsvKind, type EntityOf } from "@remit/core";
import {
  arbitraryActivity,
  arbitraryBody,
  arbitraryIndicator,
  arbitraryLegalInstrument,
  arbitraryMandate,
  arbitraryObservation,
  arbitrarySession,
} from "@remit/core/testing";
import { loadDataset, recordsOf } from "@remit/dataset";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collectText, exportCsv } from "../src/csv";
import { csvBytes, cutBytes, hostileText, readBack } from "./CsvTestSupport";

const ARBITRARIES: { readonly [K in CsvKind]: fc.Arbitrary<EntityOf<K>> } = {
  body: arbitraryBody,
  session: arbitrarySession,
  mandate: arbitraryMandate,
  instrument: arbitraryLegalInstrument,
  activity: arbitraryActivity,
  indicator: arbitraryIndicator,
  observation: arbitraryObservation,
};
const KINDS = Object.keys(ARBITRARIES) as CsvKind[];

function dataset() {
  const result = loadDataset();
  if (!result.ok) throw new Error(`the dataset does not load: ${result.error.message}`);
  return result.value;
}

async function roundTrip<K extends CsvKind>(
  kind: K,
  records: readonly EntityOf<K>[],
  cuts: readonly number[] = [],
  bom = false,
): Promise<unknown[]> {
  const bytes = await csvBytes(kind, records, { bom });
  return readBack(
    kind,
    cutBytes(
      bytes,
      cuts.map((cut) => Math.floor(cut * bytes.length)),
    ),
  );
}

describe("CSV export → core's readCsv", () => {
  it.each(KINDS)("gives back every %s record of the dataset", async (kind) => {
    const records = recordsOf(dataset(), kind);
    expect(records.length).toBeGreaterThan(0);
    await expect(roundTrip(kind, records)).resolves.toEqual(records);
  });

  it.each(KINDS)("is the identity for arbitrary %s records, whatever the chunking and BOM", async (kind) => {
    const arbitrary = ARBITRARIES[kind] as fc.Arbitrary<EntityOf<typeof kind>>;
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbitrary, { maxLength: 6 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
        fc.boolean(),
        async (records, cuts, bom) => {
          expect(await roundTrip(kind, records, cuts, bom)).toEqual(records);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("is the identity for activities whose texts hold formulas, quotes, line breaks, Chinese and Arabic", async () => {
    const hostileActivity = fc
      .tuple(
        arbitraryActivity,
        hostileText,
        hostileText,
        hostileText,
        hostileText.filter((text) => text.trim() === text),
      )
      .map(([activity, title, summary, partner, acronym]): Activity => ({
        ...activity,
        title: { en: title, ar: summary },
        summary: { zh: summary },
        partners: [{ name: { en: partner }, acronym }],
      }));
    await fc.assert(
      fc.asyncProperty(fc.array(hostileActivity, { minLength: 1, maxLength: 4 }), async (records) => {
        for (const record of records) expect(ENTITY_SCHEMAS.activity.parse(record)).toEqual(record);
        expect(await roundTrip("activity", records)).toEqual(records);
      }),
      { numRuns: 200 },
    );
  });
});

describe("CSV text", () => {
  const mandate = dataset().mandates[0];
  if (mandate === undefined) throw new Error("the dataset has no mandate");

  it("starts with the header row of core's layout and ends rows with CRLF", async () => {
    const text = await collectText(exportCsv("mandate", [mandate]));
    const [header, row, rest] = text.split("\r\n");
    expect(header).toBe(csvHeader("mandate").join(","));
    expect(row?.startsWith(`${mandate.id},`)).toBe(true);
    expect(rest).toBe("");
  });

  it("starts with a byte order mark only when asked, for Excel", async () => {
    const withBom = await csvBytes("mandate", [mandate], { bom: true });
    const without = await csvBytes("mandate", [mandate]);
    expect([...withBom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(without[0]).toBe("i".charCodeAt(0));
    expect(withBom.length - without.length).toBe(3);
  });

  it("guards cells a spreadsheet would run as formulas, and quotes quotes, commas and line breaks", async () => {
    const base = dataset().activities[0];
    if (base === undefined) throw new Error("the dataset has no activity");
    const activity: Activity = {
      ...base,
      title: {
        en: "=SUM(A1:A9)",
        fr: "+33 1 23",
        es: "-cmd|' /C calc'!A0",
        ru: "@SUM(1)",
        zh: "网络犯罪\n培训",
        ar: 'قال "مرحبا", ثم',
      },
    };
    const text = await collectText(exportCsv("activity", [activity]));
    expect(text).toContain(",'=SUM(A1:A9),");
    expect(text).toContain(",'+33 1 23,");
    expect(text).toContain(",'-cmd|' /C calc'!A0,");
    expect(text).toContain(",'@SUM(1),");
    expect(text).toContain(',"网络犯罪\n培训",');
    expect(text).toContain(',"قال ""مرحبا"", ثم",');
    await expect(readBack("activity", cutBytes(new TextEncoder().encode(text), []))).resolves.toEqual([activity]);
  });

  it("joins repeated values with ';' as IATI's CSV does", async () => {
    const base = dataset().activities.find((activity) => activity.countries.named.length > 1);
    if (base === undefined) throw new Error("no activity of the dataset names two countries");
    const text = await collectText(exportCsv("activity", [base]));
    expect(text).toContain(base.countries.named.join(";"));
  });

  it("streams: a large input comes out in many chunks, never as one string", async () => {
    const activity = dataset().activities[0];
    if (activity === undefined) throw new Error("the dataset has no activity");
    async function* many() {
      for (let index = 0; index < 2_000; index += 1) yield { ...activity, id: `activity-${index}` } as Activity;
    }
    let chunks = 0;
    let largest = 0;
    for await (const chunk of exportCsv("activity", many())) {
      chunks += 1;
      largest = Math.max(largest, chunk.length);
    }
    expect(chunks).toBeGreaterThan(5);
    expect(largest).toBeLessThan(80 * 1024);
  });
});
