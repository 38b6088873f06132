import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ts from "typescript";
import { importedPackages, type ReadmeBlock } from "./ReadmeBlocks";

/** A README line that does not compile, with TypeScript's message. */
export interface BlockProblem {
  readonly at: string;
  readonly message: string;
}

/** Where a package is installed in the workspace: the root's node_modules, else a package's. */
function installedAt(root: string, name: string): string | undefined {
  const folders = [root, ...readdirSync(join(root, "packages")).map((folder) => join(root, "packages", folder))];
  return folders.map((folder) => join(folder, "node_modules", name)).find((path) => existsSync(path));
}

/** Links `name` into the consumer's node_modules, as npm would have installed it there. */
function link(consumer: string, name: string, target: string): void {
  const path = join(consumer, "node_modules", name);
  if (existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  symlinkSync(target, path, "dir");
}

/**
 * A project outside the workspace that sees the Remit packages as an integrator does: each
 * linked by name, read through its exports map (so their built `dist` types, not sources),
 * with the third-party packages and type packages the blocks import.
 */
export function readmeConsumer(root: string, blocks: readonly ReadmeBlock[]): string {
  const consumer = mkdtempSync(join(tmpdir(), "remit-readme-blocks-"));
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "readme-consumer", type: "module" }));
  for (const folder of readdirSync(join(root, "packages"))) {
    const manifest = JSON.parse(readFileSync(join(root, "packages", folder, "package.json"), "utf8")) as {
      name: string;
    };
    link(consumer, manifest.name, join(root, "packages", folder));
  }
  const wanted = new Set(["@types/node", ...blocks.flatMap((block) => importedPackages(block.source))]);
  for (const name of [...wanted]) if (!name.startsWith("@")) wanted.add(`@types/${name}`);
  for (const name of wanted) {
    if (name.startsWith("@remit/")) continue;
    const target = installedAt(root, name);
    if (target !== undefined) link(consumer, name, target);
  }
  return consumer;
}

/**
 * Type-checks every block, each as its own module file, with Node's own module rules
 * (`node16`: exports maps, ESM, top-level await) and strict settings, as a reader's project
 * would; returns each problem at its README line.
 */
export function compileBlocks(consumer: string, blocks: readonly ReadmeBlock[]): BlockProblem[] {
  const files = blocks.map((block, index) => {
    const file = join(consumer, `block-${index}.ts`);
    // `export {}` keeps each block a module of its own, so two blocks may name the same constant.
    writeFileSync(file, `${block.source}\nexport {};\n`);
    return file;
  });
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ["node"],
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    const index = diagnostic.file === undefined ? -1 : files.indexOf(diagnostic.file.fileName);
    const block = blocks[index];
    if (block === undefined || diagnostic.file === undefined || diagnostic.start === undefined)
      return { at: diagnostic.file?.fileName ?? "(program)", message };
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return { at: `${block.readme}:${block.line + line}`, message };
  });
}
