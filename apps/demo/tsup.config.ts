import { remitBuild } from "@remit/tsup-config";

export default remitBuild({ main: "src/main.ts" }, { platform: "node", dts: false });
