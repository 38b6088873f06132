// Every library builds the same way: ESM for Node >= 20.19 and browsers, with .d.ts.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { defineConfig } from "tsup";

// tsup sets baseUrl for its declaration build, which TypeScript 6 reports as deprecated.
const dts = { compilerOptions: { ignoreDeprecations: "6.0" } };

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
    dts,
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    ...overrides,
  });
}

/**
 * Keeps each relative import as an import of the sibling output file ("./Quantity" ->
 * "./Quantity.js", "./metric" -> "./metric/index.js"), so every source module stays its own
 * output module.
 */
const keepModules = {
  name: "remit-keep-modules",
  setup(build) {
    build.onResolve({ filter: /^\.\.?(\/|$)/ }, (args) => {
      if (args.kind === "entry-point") return undefined;
      const target = resolve(args.resolveDir, args.path);
      if (existsSync(`${target}.ts`)) return { path: `${args.path}.js`, external: true };
      if (existsSync(join(target, "index.ts"))) return { path: `${args.path}/index.js`, external: true };
      return undefined;
    });
  },
};

/**
 * The build for a package that front ends import piecemeal (core): one output file per source
 * module, so a bundler drops what a page does not use. A single merged chunk would keep every
 * top-level schema and service class, and with them effect, in every browser bundle.
 * Declarations are built for the public entries only.
 * @param {Record<string, string>} publicEntries subpath name -> source file, for the .d.ts
 * @param {import("tsup").Options} [overrides]
 */
export function remitModuleBuild(publicEntries, overrides = {}) {
  return defineConfig({
    entry: ["src/**/*.ts", "!src/**/*.test.ts", "!src/**/*.test-d.ts", "!src/**/*.fixture.ts", "!src/**/*.d.ts"],
    format: ["esm"],
    target: "node20",
    platform: "neutral",
    bundle: true,
    splitting: false,
    esbuildPlugins: [keepModules],
    dts: { ...dts, entry: publicEntries },
    sourcemap: true,
    clean: true,
    ...overrides,
  });
}
