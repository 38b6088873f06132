#!/usr/bin/env node
// `pnpm release:rehearsal`: proves that Remit's packages install from a registry. It starts
// a private Verdaccio on loopback, runs the changesets release flow against it on a copy of
// the workspace (the checkout is never changed), then, in a new project outside the
// workspace, installs the packages with npm and uses them as a user would. Exit 0 when every
// check passed; the folder is removed unless REMIT_KEEP_REHEARSAL=1.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  bundleOneSchema,
  createConsumer,
  entryPoints,
  importEveryEntry,
  runInstalledCli,
  typeCheckConsumer,
} from "./Consumer.mjs";
import { startLocalRegistry } from "./LocalRegistry.mjs";
import { runReadmeExamples } from "./ReadmeExamples.mjs";
import { phase } from "./Run.mjs";
import { copyWorkspace, versionAndPublish } from "./WorkspaceCopy.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const folder = await mkdtemp(join(tmpdir(), "remit-rehearsal-"));
const started = performance.now();
let registry;
let failed = false;
try {
  registry = await phase("local registry", () => startLocalRegistry(join(folder, "registry")));
  console.log(`Verdaccio at ${registry.url}`);
  const copy = await phase("copy the workspace", () => copyWorkspace(ROOT, join(folder, "workspace")));
  const published = await phase("changeset version, build, check-exports, changeset publish", () =>
    versionAndPublish(copy, registry),
  );
  for (const pkg of published) console.log(`published ${pkg.name}@${pkg.version}`);
  const consumer = join(folder, "consumer");
  const installed = await phase("npm install in a new project", () => createConsumer(consumer, registry, published));
  for (const pkg of installed) console.log(`installed ${pkg.name}@${pkg.version}: ${entryPoints(pkg).join(", ")}`);
  console.log(await phase("import every entry (Node ESM)", () => importEveryEntry(consumer, installed)));
  for (const line of await phase("type-check a consumer", () => typeCheckConsumer(consumer, installed)))
    console.log(line);
  const size = await phase("bundle one core schema for a browser (esbuild)", () => bundleOneSchema(consumer));
  console.log(
    `LocalizedText bundle: ${(size.minified / 1024).toFixed(1)} KB minified, ${(size.gzipped / 1024).toFixed(1)} KB gzipped`,
  );
  const cli = await phase("the installed remit command", () => runInstalledCli(consumer));
  console.log(
    `remit --version: ${cli.version}\nremit seed: ${cli.seeded}\nremit list mandates: ${cli.mandates} records`,
  );
  for (const line of await phase("every package README example", () =>
    runReadmeExamples(copy.root, consumer, cli.database),
  )) {
    console.log(line);
  }
} catch (error) {
  failed = true;
  console.error(`\nrelease rehearsal FAILED: ${error instanceof Error ? error.message : String(error)}`);
  if (registry !== undefined) console.error(`registry log:\n${registry.output().slice(-3000)}`);
} finally {
  await registry?.stop();
  if (process.env.REMIT_KEEP_REHEARSAL === "1") console.log(`kept ${folder}`);
  else await rm(folder, { recursive: true, force: true });
}
console.log(
  `\nrelease rehearsal ${failed ? "failed" : "passed"} in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
process.exit(failed ? 1 : 0);
