import { remitBuild } from "@remit/tsup-config";

export default remitBuild({ index: "src/index.ts", client: "src/client/index.ts", node: "src/node/index.ts" });
