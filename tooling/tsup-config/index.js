// Every library builds the same way: ESM for Node >= 20.19 and browsers, with .d.ts.
import { defineConfig } from "tsup";

/**
 * The tsup config for one package.
 * @param {Record<string, string>} entry subpath name -> source file
 * @param {import("tsup").Options} [overrides]
 */
export function remitBuild(entry, overrides = {}) {
  return defineConfig({
    entry,
    format: ["esm"],
    target: "node20",
    platform: "neutral",
    // tsup sets baseUrl for its declaration build, which TypeScript 6 reports as deprecated.
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    ...overrides,
  });
}
