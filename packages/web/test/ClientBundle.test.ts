// What an integrator's browser downloads for the typed client: the route table and a fetch
// wrapper. The types come from the contract at compile time; none of zod, Effect or core may
// reach the bundle.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

/** The client's budget, gzipped: a few route strings and one function (measured 1.6 KB). */
const GZIP_BUDGET_BYTES = 4 * 1024;

async function clientBundle() {
  const result = await build({
    entryPoints: [new URL("../src/client/index.ts", import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    conditions: ["@remit/source"],
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { code, inputs: Object.keys(result.metafile.inputs) };
}

describe("the typed client in a browser bundle", () => {
  it("carries only the route table and the fetch wrapper: no zod, Effect or core", async () => {
    const { inputs } = await clientBundle();
    expect(inputs.filter((input) => /node_modules|packages\/core|\/core\/src/u.test(input))).toEqual([]);
    expect(inputs.some((input) => input.endsWith("contract/Routes.ts"))).toBe(true);
  });

  it(`stays within ${GZIP_BUDGET_BYTES / 1024} KB gzipped`, async () => {
    const { code } = await clientBundle();
    expect(gzipSync(code).length).toBeLessThanOrEqual(GZIP_BUDGET_BYTES);
    expect(code.length).toBeGreaterThan(1000);
  });
});
