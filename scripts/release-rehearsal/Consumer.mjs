import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { run } from "./Run.mjs";

// Tools the consumer installs from the public registry, pinned like the workspace's.
// vitest and fast-check are the optional peers of @remit/core/testing, which is imported too;
// the store-sql README example opens better-sqlite3 itself, with its types.
const TOOLS = [
  "typescript@6.0.3",
  "esbuild@0.28.2",
  "@types/node@20",
  "vitest@4.1.12",
  "fast-check@4.11.0",
  "@types/better-sqlite3@7.6.13",
];

/**
 * A new project outside the workspace that installs the published packages from the local
 * registry (only the @remit scope points there) and their dependencies from the usual one.
 */
export async function createConsumer(folder, registry, packages) {
  await mkdir(folder, { recursive: true });
  await writeFile(
    join(folder, "package.json"),
    JSON.stringify({ name: "remit-consumer", private: true, type: "module" }, null, 2),
  );
  await writeFile(join(folder, ".npmrc"), `@remit:registry=${registry.url}\n`);
  const specs = packages.map((pkg) => `${pkg.name}@${pkg.version}`);
  await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...specs, ...TOOLS], { cwd: folder });
  const installed = [];
  for (const pkg of packages) {
    const manifest = JSON.parse(await readFile(join(folder, "node_modules", pkg.name, "package.json"), "utf8"));
    installed.push({ name: manifest.name, version: manifest.version, exports: manifest.exports ?? {} });
  }
  return installed;
}

/** Every import specifier a package's exports map offers (not its package.json or file patterns). */
export function entryPoints(pkg) {
  return Object.keys(pkg.exports)
    .filter((key) => key !== "./package.json" && !key.includes("*"))
    .map((key) => (key === "." ? pkg.name : `${pkg.name}/${key.slice(2)}`));
}

/** Imports each entry in Node as ESM from the consumer, and counts its named exports. */
export async function importEveryEntry(folder, installed) {
  const entries = installed.flatMap(entryPoints);
  const script = `for (const entry of ${JSON.stringify(entries)}) {
  const module = await import(entry);
  const names = Object.keys(module);
  if (names.length === 0) throw new Error(entry + " exports nothing");
  console.log(entry.padEnd(28) + " " + names.length + " exports");
}`;
  await writeFile(join(folder, "import-every-entry.mjs"), script);
  return run("node", ["import-every-entry.mjs"], { cwd: folder });
}

/**
 * A consumer file that uses each package's types, checked with moduleResolution node16
 * (Node's own rules: exports maps and .js extensions) and with bundler (what Vite and
 * esbuild users get).
 */
export async function typeCheckConsumer(folder, installed) {
  const imports = installed.flatMap(entryPoints).map((entry, index) => `import * as entry${index} from "${entry}";`);
  const source = `${imports.join("\n")}
import { parseSymbol, type Activity, type DocumentSymbol } from "@remit/core";

const parsed = parseSymbol("A/RES/74/173");
const symbol: DocumentSymbol | undefined = parsed.ok ? parsed.value : undefined;
const titles = (activities: readonly Activity[]): string[] => activities.map((activity) => activity.title.en ?? "");
export const used = [symbol, titles, ${imports.map((_, index) => `entry${index}`).join(", ")}];
`;
  await writeFile(join(folder, "consumer.ts"), source);
  const results = [];
  for (const [name, options] of [
    ["node16", { module: "node16", moduleResolution: "node16" }],
    ["bundler", { module: "esnext", moduleResolution: "bundler" }],
  ]) {
    const config = {
      compilerOptions: {
        ...options,
        target: "es2022",
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: ["node"],
      },
      files: ["consumer.ts"],
    };
    await writeFile(join(folder, `tsconfig.${name}.json`), JSON.stringify(config, null, 2));
    await run("npx", ["tsc", "-p", `tsconfig.${name}.json`], { cwd: folder });
    results.push(`moduleResolution ${name}: no errors`);
  }
  return results;
}

/** One core schema bundled for a browser with esbuild: its size, minified and gzipped. */
export async function bundleOneSchema(folder) {
  await writeFile(
    join(folder, "schema-entry.js"),
    'import { LocalizedText } from "@remit/core";\nconsole.log(LocalizedText.safeParse({ en: "Cybercrime" }).success);\n',
  );
  await run(
    "npx",
    [
      "esbuild",
      "schema-entry.js",
      "--bundle",
      "--minify",
      "--format=esm",
      "--platform=browser",
      "--outfile=schema-bundle.js",
      "--log-level=warning",
    ],
    { cwd: folder },
  );
  const bytes = await readFile(join(folder, "schema-bundle.js"));
  return { minified: (await stat(join(folder, "schema-bundle.js"))).size, gzipped: gzipSync(bytes).length };
}

/** The installed `remit` command: its version, then a seed of a new SQLite file. */
export async function runInstalledCli(folder) {
  const remit = join(folder, "node_modules", ".bin", "remit");
  const version = (await run(remit, ["--version"], { cwd: folder })).trim();
  const database = join(folder, "rehearsal.db");
  const seeded = await run(remit, ["seed", "--db", database], { cwd: folder });
  const listed = await run(remit, ["list", "mandates", "--db", database, "--jsonl"], { cwd: folder });
  return { version, seeded: seeded.trim(), mandates: listed.trim().split("\n").length, database };
}
