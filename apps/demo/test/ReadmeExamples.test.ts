import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { typeScriptBlocks, type ReadmeBlock } from "./readme/ReadmeBlocks";
import { compileBlocks, readmeConsumer } from "./readme/ReadmeConsumer";

const ROOT = resolve(import.meta.dirname, "../../..");
const READMES = [
  "README.md",
  ...readdirSync(join(ROOT, "packages")).map((folder) => `packages/${folder}/README.md`),
  "apps/demo/README.md",
].filter((readme) => existsSync(join(ROOT, readme)));
const BLOCKS: ReadmeBlock[] = READMES.flatMap((readme) =>
  typeScriptBlocks(readme, readFileSync(join(ROOT, readme), "utf8")),
);

describe("the TypeScript in the READMEs", () => {
  let consumer: string | undefined;
  afterAll(() => {
    if (consumer !== undefined) rmSync(consumer, { recursive: true, force: true });
  });

  it("finds the examples of the root README and of every library", () => {
    const documented = new Set(BLOCKS.map((block) => block.readme));
    for (const folder of ["core", "dataset", "export", "store-sql", "store-sqlite", "store-postgres", "web"])
      expect(documented).toContain(`packages/${folder}/README.md`);
    expect(documented).toContain("README.md");
  });

  it("compiles, every block on its own, against the built packages as an integrator installs them", () => {
    consumer = readmeConsumer(ROOT, BLOCKS);
    expect(compileBlocks(consumer, BLOCKS)).toEqual([]);
  }, 120_000);
});
