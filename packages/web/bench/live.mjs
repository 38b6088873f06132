// `pnpm bench:live`: bundles the live latency benchmark with esbuild (workspace packages from
// source; native modules left to node_modules) and runs it. See LiveLatencyBench.ts.
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "node_modules", ".cache", "remit-bench-live");
await build({
  entryPoints: { "live-bench": join(here, "LiveLatencyBench.ts"), "live-follower": join(here, "LiveFollower.ts") },
  outdir: out,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["@remit/source"],
  external: ["better-sqlite3", "better-sqlite3-napi", "pg", "pg-copy-streams", "exceljs", "docx", "swagger-ui-dist"],
  banner: {
    js: "import { createRequire as __remitRequire } from 'node:module'; const require = __remitRequire(import.meta.url);",
  },
  logLevel: "warning",
});
const { main } = await import(pathToFileURL(join(out, "live-bench.mjs")).href);
await main(join(out, "live-follower.mjs"), join(here, "results"));
