// One place for how every package's tests resolve and run, so that a package's
// vitest.config.ts is a single line.
import { defineProject } from "vitest/config";

/** Resolve workspace packages to their TypeScript source, so tests run without a build. */
const conditions = ["@remit/source", "import", "module", "node", "default"];

/**
 * A Vitest project for one package.
 * @param {string} name the package's short name, shown in test output
 * @param {{ typecheck?: boolean, testTimeout?: number }} [options]
 */
export function remitProject(name, options = {}) {
  return defineProject({
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: ["@remit/source"] } },
    test: {
      name,
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      testTimeout: options.testTimeout ?? 20_000,
      typecheck: {
        enabled: options.typecheck ?? true,
        include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"],
        tsconfig: "./tsconfig.json",
      },
    },
  });
}
