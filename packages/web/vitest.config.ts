import { remitProject } from "@remit/vitest-config";

const project = remitProject("web", { testTimeout: 60_000 });

// As in store-postgres: the shared "import" condition would make pg's `require("pg-pool")`
// load pg-pool's ESM build ("Class extends value [object Module]").
export default {
  ...project,
  ssr: {
    ...project.ssr,
    resolve: { ...project.ssr?.resolve, conditions: ["@remit/source", "module", "node", "default"] },
  },
  test: { ...project.test, hookTimeout: 120_000 },
};
