// What a front end pays for @remit/core: the min+gzip size of a browser bundle that imports
// one schema, and of one that uses the Store port. It bundles the BUILT package (run
// `pnpm build` first) through its published `import` condition, as an application would,
// and says which dependencies end up in each bundle, so that `effect` in a schema-only
// bundle is caught. Prints a table and writes bench/results/<date>.json.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));

/**
 * Issue 9's budget for a schema-only bundle: one core schema, or decoding one kind (the per-kind
 * decoder, such as `decodeActivity`, is what "decodeRecord for one kind" ships), min+gzip.
 */
const SCHEMA_TARGET_BYTES = 30 * 1024;

/** Each case is the source of a tiny front end; what it exports is what it keeps. */
const CASES = [
  { name: "LocalizedText", schemaOnly: true, source: `export { LocalizedText } from "@remit/core";` },
  { name: "Mandate", schemaOnly: true, source: `export { Mandate } from "@remit/core";` },
  { name: "Activity", schemaOnly: true, source: `export { Activity } from "@remit/core";` },
  {
    // Decoding one kind with every problem named, as a form or an importer in a browser would:
    // the case issue 9's "decodeRecord for one kind" budget is measured on.
    name: "decodeActivity(…)",
    schemaOnly: true,
    source: `import { decodeActivity } from "@remit/core"; export const decode = (value) => decodeActivity(value);`,
  },
  {
    // Decoding any kind: every kind's schema comes along, so no schema-only budget applies.
    name: "decodeRecord(kind, …)",
    source: `import { decodeRecord } from "@remit/core"; export const decode = (kind, value) => decodeRecord(kind, value);`,
  },
  {
    // What a front end using the Store port ships: a put on the in-memory store, run by Effect.
    name: "Store port (InMemoryStore put, Effect.runPromise)",
    source: [
      `import { Effect } from "effect";`,
      `import { InMemoryStore, Store } from "@remit/core";`,
      `export const save = (body) => Effect.runPromise(Effect.gen(function* () {`,
      `  const store = yield* Store;`,
      `  return yield* store.put("body", body, { actor: "web" });`,
      `}).pipe(Effect.provide(InMemoryStore.layer())));`,
    ].join("\n"),
  },
  { name: "all of @remit/core", source: `export * from "@remit/core";` },
];

/** The package a bundled input file comes from, e.g. "zod" or "@remit/core". */
function packageOf(inputPath) {
  const marker = "node_modules/";
  const at = inputPath.lastIndexOf(marker);
  if (at === -1) return manifest.name;
  const rest = inputPath.slice(at + marker.length).split("/");
  return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
}

if (!existsSync(join(packageDir, "dist", "index.js"))) {
  console.error("dist/index.js is missing: run `pnpm --filter @remit/core build` first.");
  process.exit(1);
}

// A throwaway consumer whose node_modules holds @remit/core, so that esbuild resolves it
// exactly as an installed package: by its exports map, with the default conditions of the
// browser platform (never the workspace's `@remit/source` condition).
const consumer = mkdtempSync(join(tmpdir(), "remit-bundle-size-"));
mkdirSync(join(consumer, "node_modules", "@remit"), { recursive: true });
symlinkSync(packageDir, join(consumer, "node_modules", "@remit", "core"), "dir");
// `effect` is resolved through core's own dependencies for the Store case.
symlinkSync(join(packageDir, "node_modules", "effect"), join(consumer, "node_modules", "effect"), "dir");

const rows = [];
try {
  for (const { name, source, schemaOnly = false } of CASES) {
    const result = await build({
      stdin: { contents: source, resolveDir: consumer, loader: "js" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const output = result.outputFiles[0].contents;
    const byPackage = {};
    for (const [path, { bytesInOutput }] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
      if (bytesInOutput === 0) continue;
      const pkg = packageOf(path);
      byPackage[pkg] = (byPackage[pkg] ?? 0) + bytesInOutput;
    }
    rows.push({
      bundle: name,
      schemaOnly,
      minifiedBytes: output.byteLength,
      gzipBytes: gzipSync(output, { level: 9 }).byteLength,
      effectIncluded: "effect" in byPackage,
      ...(schemaOnly ? { targetGzipBytes: SCHEMA_TARGET_BYTES } : {}),
      minifiedBytesByPackage: byPackage,
    });
  }
} finally {
  rmSync(consumer, { recursive: true, force: true });
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
console.log(
  `@remit/core ${manifest.version}: browser bundles (esbuild --bundle --minify --format=esm --platform=browser, gzip -9)\n`,
);
console.log("| bundle | min | min+gzip | target (min+gzip) | effect? | minified bytes by package |");
console.log("|---|---:|---:|---|---|---|");
for (const row of rows) {
  const parts = Object.entries(row.minifiedBytesByPackage)
    .sort(([, a], [, b]) => b - a)
    .map(([pkg, bytes]) => `${pkg} ${kb(bytes)} KB`)
    .join(", ");
  const target =
    row.targetGzipBytes === undefined
      ? "–"
      : `≤ ${kb(row.targetGzipBytes)} KB (${row.gzipBytes <= row.targetGzipBytes ? "met" : `${kb(row.gzipBytes - row.targetGzipBytes)} KB over`})`;
  console.log(
    `| ${row.bundle} | ${kb(row.minifiedBytes)} KB | ${kb(row.gzipBytes)} KB | ${target} | ${row.effectIncluded ? "yes" : "no"} | ${parts} |`,
  );
}

const date = new Date().toISOString().slice(0, 10);
const target = join(packageDir, "bench", "results", `${date}.json`);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(
  target,
  `${JSON.stringify({ package: manifest.name, version: manifest.version, date: new Date().toISOString(), node: process.version, bundles: rows }, null, 2)}\n`,
);
console.log(`\nresults written to ${relative(process.cwd(), target) || target}`);

// A schema-only bundle that pulls in effect is a regression: front ends must not pay for it.
// Said loudly, but not a failure: sizes are measured here, not asserted.
const leaking = rows.filter((row) => row.schemaOnly && row.effectIncluded);
if (leaking.length > 0) {
  console.warn(
    `\nWARNING: effect is bundled with a schema-only import: ${leaking.map((row) => row.bundle).join(", ")}.`,
  );
}
