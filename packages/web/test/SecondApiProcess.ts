import { fork } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import type { StoreLocation } from "./ApiHarness";

/** An API served by another operating-system process, over the same store. */
export interface SecondApi {
  readonly url: string;
  readonly pid: number;
  readonly stop: () => Promise<void>;
}

/**
 * Bundles LiveServerProcess.ts (workspace packages from source, native modules left to
 * node_modules) and starts it as a child process on `location`.
 */
export async function startSecondApi(location: StoreLocation): Promise<SecondApi> {
  // Under the package's node_modules, so the bundle finds better-sqlite3 and pg at run time.
  const cache = new URL("../node_modules/.cache", import.meta.url).pathname;
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, "remit-second-api-"));
  const script = join(dir, "live-server.mjs");
  await build({
    entryPoints: [new URL("./LiveServerProcess.ts", import.meta.url).pathname],
    outfile: script,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["@remit/source"],
    external: ["better-sqlite3", "better-sqlite3-napi", "pg", "pg-copy-streams", "exceljs", "docx", "swagger-ui-dist"],
    banner: {
      js: "import { createRequire as __require } from 'node:module'; const require = __require(import.meta.url);",
    },
    logLevel: "silent",
  });
  // The stores load their drivers at run time (better-sqlite3, or better-sqlite3-napi on newer
  // Node): let the bundle find them in the store packages' own dependencies.
  const nodePath = ["../node_modules", "../../store-sqlite/node_modules", "../../store-postgres/node_modules"]
    .map((folder) => new URL(folder, import.meta.url).pathname)
    .join(":");
  const child = fork(script, [], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    cwd: new URL("..", import.meta.url).pathname,
    env: { ...process.env, NODE_PATH: nodePath },
  });
  const started = await new Promise<{ url: string; pid: number }>((resolve, reject) => {
    child.once("message", (message) => resolve(message as { url: string; pid: number }));
    child.once("exit", (code) => reject(new Error(`the second API process exited (${code ?? "signal"})`)));
    child.send(location);
  });
  return {
    ...started,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.send({ stop: true });
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
