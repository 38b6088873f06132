import { remitProject } from "@remit/vitest-config";

const project = remitProject("demo", { testTimeout: 60_000 });

// As in store-postgres: the shared "import" condition would make pg's `require("pg-pool")`
// load pg-pool's ESM build ("Class extends value [object Module]"). The browser tests are a
// project of their own (vitest.browser.config.ts), run as a separate CI leg.
export default {
  ...project,
  ssr: {
    ...project.ssr,
    resolve: { ...project.ssr?.resolve, conditions: ["@remit/source", "module", "node", "default"] },
  },
};
