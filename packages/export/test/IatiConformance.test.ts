import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { loadDataset } from "@remit/dataset";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticActivitiesWithResults } from "@remit/core/testing";
import { exportIati, withObservations, type IatiItem } from "../src/iati";
import type { Source } from "../src/stream/Source";
import { HAS_IATI_XSD, IATI_XSD, IATI_XSD_DIR, hasXmllint, xsdProblems } from "./IatiXsd";

if (!HAS_IATI_XSD) {
  console.warn(
    `SKIPPED: the IATI 2.03 conformance test needs the official XSD at ${IATI_XSD} (set IATI_XSD_DIR to its folder); ` +
      "it is not there, so IATI output is not validated in this run. .ci/run provides it.",
  );
}

function dataset() {
  const result = loadDataset();
  if (!result.ok) throw new Error(`the dataset does not load: ${result.error.message}`);
  return result.value;
}

describe.skipIf(!HAS_IATI_XSD)(`IATI 2.03 output against the official XSD (${IATI_XSD_DIR})`, () => {
  let folder = "";
  beforeAll(async () => {
    if (!hasXmllint()) throw new Error("xmllint is not installed: apt-get install libxml2-utils (.ci/run installs it)");
    folder = await mkdtemp(join(tmpdir(), "remit-iati-"));
  });
  afterAll(async () => {
    if (folder !== "") await rm(folder, { recursive: true, force: true });
  });

  async function write(
    name: string,
    items: Source<IatiItem>,
    options: Parameters<typeof exportIati>[1],
  ): Promise<string> {
    const file = join(folder, name);
    await pipeline(Readable.from(exportIati(items, options)), createWriteStream(file));
    return file;
  }

  it("validates for the whole dataset: activities, results, mandates' document-links", async () => {
    const data = dataset();
    const file = await write("dataset.xml", withObservations(data.activities, data.observations), {
      mandates: data.mandates,
      indicators: data.indicators,
      bodies: data.bodies,
      generatedAt: new Date("2021-03-01T12:00:00Z"),
    });
    expect(xsdProblems(file)).toBe("");
  });

  it("validates for 2,000 synthetic activities with results, written as a stream", async () => {
    const data = dataset();
    const file = await write("synthetic.xml", syntheticActivitiesWithResults(2_000), {
      mandates: data.mandates,
      indicators: [
        { id: "people-trained", name: { en: "People trained", zh: "受培训人数" }, unit: "person", aggregation: "sum" },
      ],
      asOf: "2019-06-30",
    });
    expect(xsdProblems(file)).toBe("");
  });
});
