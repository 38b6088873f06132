import { remitBuild } from "@remit/tsup-config";

export default remitBuild({ index: "src/index.ts", main: "src/main.ts" }, { platform: "node" });
