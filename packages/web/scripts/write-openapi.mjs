// Writes the OpenAPI document the API serves (from the built package) for `redocly lint`.
import { mkdirSync, writeFileSync } from "node:fs";
import { API_VERSION, openApiDocument } from "../dist/index.js";

const target = process.argv[2] ?? "node_modules/.cache/remit-web/openapi.json";
mkdirSync(new URL(".", `file://${process.cwd()}/${target}`), { recursive: true });
writeFileSync(target, `${JSON.stringify(openApiDocument({ version: API_VERSION }), null, 2)}\n`);
console.log(`wrote ${target}`);
