// `pnpm bench`: bundles the TypeScript benchmark with esbuild (workspace packages from
// source, exceljs left to node_modules) and runs it. See BenchMain.ts.
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "node_modules", ".cache", "remit-bench");
await build({
  entryPoints: { "bench-main": join(here, "BenchMain.ts"), "bench-format": join(here, "BenchFormat.ts") },
  outdir: out,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["@remit/source"],
  external: ["exceljs"],
  logLevel: "warning",
});
const { main } = await import(pathToFileURL(join(out, "bench-main.mjs")).href);
await main(join(out, "bench-format.mjs"), join(here, "results"));
