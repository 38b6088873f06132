import { remitProject } from "@remit/vitest-config";

// The end-to-end tests run the built binary as a child process: they build it first when
// dist/ is missing (test/BuildBinary.ts), and each command takes a process start-up.
const project = remitProject("cli", { testTimeout: 120_000 });

// As in store-postgres: the shared "import" condition would make pg's `require("pg-pool")`
// load pg-pool's ESM build ("Class extends value [object Module]") in the tests' own pg use.
export default {
  ...project,
  ssr: {
    ...project.ssr,
    resolve: { ...project.ssr?.resolve, conditions: ["@remit/source", "module", "node", "default"] },
  },
  test: { ...project.test, globalSetup: ["./test/BuildBinary.ts"], hookTimeout: 300_000 },
};
