// Regenerates src/exchange/CSV_LAYOUTS.md from `csvLayoutsMarkdown()`, the function a test
// compares the file with. It compiles the current source with esbuild (already a dev
// dependency) instead of reading dist/, so the file can never be written from a stale build.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = join(packageDir, "src", "exchange", "CSV_LAYOUTS.md");
const compiled = join(packageDir, "node_modules", ".cache", "remit-docs", "csv-layouts.mjs");

mkdirSync(dirname(compiled), { recursive: true });
await build({
  entryPoints: [join(packageDir, "src", "exchange", "CsvLayoutsMarkdown.ts")],
  outfile: compiled,
  bundle: true,
  format: "esm",
  platform: "neutral",
  packages: "external",
  logLevel: "warning",
});
const { csvLayoutsMarkdown } = await import(pathToFileURL(compiled).href);

const markdown = csvLayoutsMarkdown();
const before = readFileSync(target, "utf8");
if (before === markdown) {
  console.log("src/exchange/CSV_LAYOUTS.md is current.");
} else {
  writeFileSync(target, markdown);
  console.log("src/exchange/CSV_LAYOUTS.md regenerated from csvLayoutsMarkdown().");
}
