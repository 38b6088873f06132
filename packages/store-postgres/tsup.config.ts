import { remitBuild } from "@remit/tsup-config";

export default remitBuild({ index: "src/index.ts", location: "src/location.ts" });
