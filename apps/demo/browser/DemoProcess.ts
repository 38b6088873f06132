import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The built demo running as its own process on a free port, over a fresh SQLite file. */
export interface DemoProcess {
  readonly url: string;
  readonly folder: string;
  readonly stop: () => Promise<void>;
}

const app = dirname(dirname(fileURLToPath(import.meta.url)));

/** Starts `node dist/main.js` (build the demo first) and resolves with its address once it prints it. */
export function startDemo(): Promise<DemoProcess> {
  const folder = mkdtempSync(join(tmpdir(), "remit-demo-browser-"));
  const child: ChildProcess = spawn(
    process.execPath,
    [join(app, "dist", "main.js"), "--port", "0", "--db", join(folder, "remit.db")],
    {
      cwd: folder,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Open (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (found?.[1] !== undefined)
        resolve({
          url: found[1],
          folder,
          stop: () =>
            new Promise((done) => {
              child.once("exit", () => {
                rmSync(folder, { recursive: true, force: true });
                done();
              });
              child.kill("SIGTERM");
            }),
        });
    });
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`the demo stopped (exit ${code}) before serving:\n${output}`)));
  });
}
