import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { syntheticRecords } from "@remit/core/testing";

/** What a generated import file holds. */
export interface SyntheticCounts {
  readonly activities: number;
  readonly observations: number;
  readonly indicators: number;
  /** Every line of the file. */
  readonly records: number;
}

/**
 * Writes core's synthetic records (`syntheticRecords` of `@remit/core/testing`: `count`
 * activities, the indicators first, an observation after every fourth activity) to `path` as
 * JSON Lines of `{"kind", "record"}` envelopes, the file `remit import` reads; the same seed
 * gives the same bytes. Written in batches, so a million activities stay in bounded memory.
 */
export async function writeSyntheticActivities(path: string, count: number, seed: number): Promise<SyntheticCounts> {
  const out = createWriteStream(path);
  const counts = { activity: 0, observation: 0, indicator: 0 };
  let buffered: string[] = [];
  const flush = async () => {
    if (!out.write(buffered.join(""))) await once(out, "drain");
    buffered = [];
  };
  for (const envelope of syntheticRecords(count, seed)) {
    counts[envelope.kind] += 1;
    buffered.push(`${JSON.stringify(envelope)}\n`);
    if (buffered.length >= 2000) await flush();
  }
  await flush();
  out.end();
  await once(out, "finish");
  return {
    activities: counts.activity,
    observations: counts.observation,
    indicators: counts.indicator,
    records: counts.activity + counts.observation + counts.indicator,
  };
}
