import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The built reading thread of an import (`ImportWorker.ts`) beside the running module: this
 * package's `dist/import-worker.js`, or `import-worker.mjs` beside a bundle that put it there
 * (the benchmarks'). Undefined when there is none, as when running from the sources, whose
 * TypeScript a worker thread cannot load: the import then reads in its own thread.
 */
export function builtImportWorker(): URL | undefined {
  for (const name of ["./import-worker.js", "./import-worker.mjs"]) {
    const file = new URL(name, import.meta.url);
    if (file.protocol === "file:" && existsSync(fileURLToPath(file))) return file;
  }
  return undefined;
}
