import { defineConfig } from "vitest/config";

// The browser tests: the built demo (run `pnpm --filter @remit/demo build` first) in Debian's
// Chromium through playwright-core, with axe-core. A CI leg of its own: `pnpm test:browser`.
export default defineConfig({
  test: {
    name: "demo-browser",
    root: import.meta.dirname,
    include: ["browser/**/*.browser.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
