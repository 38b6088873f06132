import { remitBuild } from "@remit/tsup-config";

export default remitBuild({
  csv: "src/csv/index.ts",
  xlsx: "src/xlsx/index.ts",
  json: "src/json/index.ts",
  "json-schema": "src/json-schema/index.ts",
  iati: "src/iati/index.ts",
  ical: "src/ical/index.ts",
  report: "src/report/index.ts",
  formats: "src/formats/index.ts",
});
