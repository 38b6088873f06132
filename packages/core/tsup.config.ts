import { remitBuild } from "@remit/tsup-config";

export default remitBuild({ index: "src/index.ts", testing: "src/testing/index.ts" }, { external: ["vitest", "fast-check"] });
