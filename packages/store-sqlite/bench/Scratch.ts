import { aggregateRecords, type Indicator, type Observation } from "@remit/core";
import Database from "better-sqlite3";

const path = process.argv[2]!;
const raw = new Database(path);
const rows = raw.prepare("select r.body from observation_entry o join records r on r.kind='observation' and r.id=o.id where o.indicator_id = 'practitioners-trained' order by o.id").all() as { body: string }[];
const observations = rows.map((row) => JSON.parse(row.body) as Observation);
const indicators = (raw.prepare("select body from records where kind='indicator'").all() as { body: string }[]).map((r) => JSON.parse(r.body) as Indicator);
for (const by of [undefined, { dimension: "region" as const, regions: ["002", "009", "019", "142", "150"] }, { dimension: "country" as const }]) {
  for (const size of [250, 500, 1000, 2000]) {
    const query = { indicatorIds: ["practitioners-trained"], bucket: "year" as const, ...(by ? { by } : {}) };
    const times = [];
    for (let run = 0; run < 5; run += 1) {
      const t = performance.now();
      aggregateRecords(query, { indicators, observations: observations.slice(0, size), activities: [] });
      times.push(performance.now() - t);
    }
    console.log(by?.dimension ?? "none", size, times.map((x) => x.toFixed(1)).join(" "), "µs/obs", ((Math.min(...times) * 1000) / size).toFixed(1));
  }
}
