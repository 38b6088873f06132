import { writeFileSync, mkdirSync } from "node:fs";
import { openApiDocument } from "../src/contract/OpenApiDocument";
mkdirSync("node_modules/.cache/remit-web", { recursive: true });
writeFileSync("node_modules/.cache/remit-web/openapi.json", JSON.stringify(openApiDocument({ version: "0.1.0" }), null, 2));
