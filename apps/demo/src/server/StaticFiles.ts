import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".txt": "text/plain; charset=utf-8",
};

/** A file of the built app, with its type and whether its name carries its content hash. */
export interface StaticFile {
  readonly body: Uint8Array;
  readonly type: string;
  readonly immutable: boolean;
}

/**
 * Reads a file of the built app under `root`, or undefined when there is none. Paths that
 * climb out of `root` find nothing.
 */
export async function readStatic(root: string, path: string): Promise<StaticFile | undefined> {
  const relative = normalize(decodeURIComponent(path)).replace(/^([/\\])+/, "");
  if (relative === "" || relative.split(sep).includes("..")) return undefined;
  try {
    const body = new Uint8Array(await readFile(join(root, relative)));
    return {
      body,
      type: TYPES[extname(relative)] ?? "application/octet-stream",
      // Vite names every asset after its content: such a file never changes under its name.
      immutable: relative.startsWith(`assets${sep}`),
    };
  } catch {
    return undefined;
  }
}
