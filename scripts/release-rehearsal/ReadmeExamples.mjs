import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { run } from "./Run.mjs";

const DATABASE_URL = process.env.REMIT_DATABASE_URL ?? "postgres://127.0.0.1:5432/test";

/** The first TypeScript block of a README: the package's example (its "Example" section). */
export function firstExample(readme) {
  const match = /^```ts\n([\s\S]*?)^```/m.exec(readme);
  return match?.[1];
}

/**
 * Runs each published package's README example against the installed packages, exactly as
 * written: type-checked with moduleResolution node16, compiled with esbuild, run with Node
 * in a scratch folder (PostgreSQL from REMIT_DATABASE_URL, as in the tests).
 */
export async function runReadmeExamples(workspace, consumer, seededDatabase) {
  const scratch = join(consumer, "readme-run");
  await mkdir(scratch, { recursive: true });
  // The store-sqlite example imports the activities a user exported: make that file as a user would.
  const remit = join(consumer, "node_modules", ".bin", "remit");
  await run(
    remit,
    ["export", "jsonl", "--entity", "activity", "--db", seededDatabase, "-o", join(scratch, "activities.jsonl")],
    {
      cwd: scratch,
    },
  );
  const examples = [];
  for (const folder of (await readdir(join(workspace, "packages"))).sort()) {
    const manifest = JSON.parse(await readFile(join(workspace, "packages", folder, "package.json"), "utf8"));
    if (manifest.private === true) continue;
    const example = firstExample(await readFile(join(workspace, "packages", folder, "README.md"), "utf8"));
    if (example === undefined) {
      examples.push({ folder, source: undefined });
      continue;
    }
    const file = `readme-${folder}.ts`;
    await writeFile(join(consumer, file), example);
    examples.push({ folder, file });
  }
  const files = examples.flatMap((example) => (example.file === undefined ? [] : [example.file]));
  const config = {
    compilerOptions: {
      module: "node16",
      moduleResolution: "node16",
      target: "es2022",
      strict: true,
      noEmit: true,
      types: ["node"],
    },
    files,
  };
  await writeFile(join(consumer, "tsconfig.readme.json"), JSON.stringify(config, null, 2));
  await run("npx", ["tsc", "-p", "tsconfig.readme.json"], { cwd: consumer });
  // The store-postgres example creates the schema "remit": drop it afterwards unless it was there before.
  const psql = (statement) => run("psql", [DATABASE_URL, "-Atqc", statement], { cwd: scratch });
  const hadSchema = (await psql("select count(*) from pg_namespace where nspname = 'remit'")).trim() !== "0";
  const lines = [];
  try {
    lines.push(...(await runEach(examples, consumer, scratch)));
  } finally {
    if (!hadSchema) await psql("drop schema if exists remit cascade");
  }
  return lines;
}

async function runEach(examples, consumer, scratch) {
  const lines = [];
  for (const example of examples) {
    if (example.file === undefined) {
      lines.push(`${example.folder}: no TypeScript example (a command; the rehearsal runs it above)`);
      continue;
    }
    const compiled = example.file.replace(/\.ts$/, ".mjs");
    await run(
      "npx",
      ["esbuild", example.file, "--format=esm", "--platform=node", `--outfile=${compiled}`, "--log-level=warning"],
      {
        cwd: consumer,
      },
    );
    const output = await run("node", [join(consumer, compiled)], {
      cwd: scratch,
      env: { REMIT_DATABASE_URL: DATABASE_URL },
    });
    lines.push(
      `${example.folder}: README example ran — ${output.trim().split("\n").slice(0, 3).join(" | ").slice(0, 200)}`,
    );
  }
  return lines;
}
