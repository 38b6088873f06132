// What a front end that decodes one kind downloads: the kind's schema, the decoder and the
// parsers, but not the parsers' English explanations (symbol/SymbolRefusalsEn.ts and the
// text generated from it), which schemas word their refusals without. The sizes themselves
// are measured by bench/bundle-size.mjs.
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

async function bundledInputs(source: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: source, resolveDir: new URL(".", import.meta.url).pathname, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const [output] = Object.values(result.metafile.outputs);
  return Object.entries(output?.inputs ?? {})
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([path]) => path);
}

const EXPLANATIONS = /symbol\/(SymbolRefusalTextEn|SymbolRefusalsEn|SymbolExplanationsEn|SymbolMessages\w*)\.ts$/u;

describe("a browser bundle that decodes one kind of record", () => {
  it.each([
    [
      "decodeActivity",
      `import { decodeActivity } from "./RecordDecoders"; export const decode = (value: unknown) => decodeActivity(value);`,
    ],
    [
      "decodeRecord",
      `import { decodeRecord } from "./decodeRecord"; export const decode = (value: unknown) => decodeRecord("mandate", value);`,
    ],
  ])("%s checks symbols without carrying the parsers' explanations", async (_name, source) => {
    const inputs = await bundledInputs(source);
    expect(inputs.some((input) => input.endsWith("symbol/SymbolParser.ts"))).toBe(true);
    expect(inputs.filter((input) => EXPLANATIONS.test(input))).toEqual([]);
  });
});
