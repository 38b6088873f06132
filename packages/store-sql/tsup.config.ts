import { remitBuild } from "@remit/tsup-config";

// The testing entry runs in Node (files, child processes) beside vitest and fast-check, which
// the store adapters' tests bring.
export default remitBuild(
  { index: "src/index.ts", testing: "src/testing/index.ts" },
  { platform: "node", external: ["vitest", "fast-check"] },
);
