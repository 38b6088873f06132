import { defineConfig } from "vitest/config";

// One run over every package, so the suite ends with a single summary.
export default defineConfig({
  test: {
    projects: ["packages/*", "apps/*"],
    reporters: ["default", "@remit/vitest-config/summary-reporter"],
  },
});
