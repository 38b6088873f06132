import { remitProject } from "@remit/vitest-config";

const project = remitProject("store-postgres", { testTimeout: 60_000 });

// The shared config hands "import" to Node as a --conditions flag for external packages,
// which makes pg's `require("pg-pool")` load pg-pool's ESM build ("Class extends value
// [object Module]"). Vite adds "import"/"require" by itself per import, so it is dropped here.
export default {
  ...project,
  ssr: {
    ...project.ssr,
    resolve: { ...project.ssr?.resolve, conditions: ["@remit/source", "module", "node", "default"] },
  },
};
