import { remitBuild } from "@remit/tsup-config";

// The import worker is loaded by path (see ImportWorkerFile.ts), beside index.js.
// The testing entry runs in Node (files, child processes) beside vitest and fast-check, which
// the store adapters' tests bring.
export default remitBuild(
  { index: "src/index.ts", testing: "src/testing/index.ts", "import-worker": "src/import/ImportWorker.ts" },
  { platform: "node", external: ["vitest", "fast-check"] },
);
