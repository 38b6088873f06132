// `pnpm bench`: bundles the TypeScript benchmark with esbuild (workspace packages from source;
// native and CommonJS modules left to node_modules) and runs it. See WebBench.ts.
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "node_modules", ".cache", "remit-bench");
await build({
  entryPoints: { "web-bench": join(here, "WebBench.ts"), "bench-server": join(here, "BenchServer.ts") },
  outdir: out,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["@remit/source"],
  external: ["better-sqlite3", "pg", "pg-copy-streams", "autocannon", "exceljs", "docx", "swagger-ui-dist"], // devDependencies of this package
  banner: {
    js: "import { createRequire as __remitRequire } from 'node:module'; const require = __remitRequire(import.meta.url);",
  },
  logLevel: "warning",
});
const { main } = await import(pathToFileURL(join(out, "web-bench.mjs")).href);
await main(join(out, "bench-server.mjs"), join(here, "results"));
