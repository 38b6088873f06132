// `pnpm bench`: every package's benchmark, one at a time (turbo), then issue 13's figures for
// both stores side by side, from the results those benchmarks wrote in this run. Arguments go
// to turbo (`pnpm bench --filter=@remit/store-*` runs only the stores).
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { printScaleSummary } from "./ScaleSummary.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
// Result files carry their time in whole milliseconds; a second of slack keeps this run's first.
const since = new Date(Date.now() - 1000);
const turbo = spawnSync("npx", ["turbo", "run", "bench", "--concurrency=1", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
});
const complete = printScaleSummary(root, since);
if (!complete) console.log("\nA store's results are missing from this run: its benchmark failed or was filtered out.");
process.exit(turbo.status ?? 1);
