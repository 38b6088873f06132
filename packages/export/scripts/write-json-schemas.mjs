// Writes schemas/<kind>.schema.json from the built package, after tsup: the published JSON
// Schemas are exactly what `entityJsonSchema` returns.
import { mkdir, rm, writeFile } from "node:fs/promises";
import process from "node:process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { jsonSchemaFiles } from "../dist/json-schema.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
await rm(join(root, "schemas"), { recursive: true, force: true });
await mkdir(join(root, "schemas"), { recursive: true });
const files = jsonSchemaFiles();
for (const file of files) await writeFile(join(root, file.path), file.text);
process.stdout.write(`wrote ${files.length} JSON Schemas to schemas/\n`);
