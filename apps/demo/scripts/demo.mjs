#!/usr/bin/env node
// `pnpm demo`: builds what the demo needs, saying what it builds (a first build takes
// minutes; later ones are cache hits and take seconds), then starts the demo in this very
// process, so that Ctrl-C, or ending the process it names, stops everything.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const app = dirname(dirname(fileURLToPath(import.meta.url)));
const root = dirname(dirname(app));
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

function build(outputLogs) {
  return new Promise((resolve) => {
    const turbo = spawn(
      "turbo",
      ["run", "build", "--filter=@remit/demo...", `--output-logs=${outputLogs}`, "--log-order=stream"],
      { cwd: root, stdio: ["ignore", "pipe", "inherit"], shell: process.platform === "win32" },
    );
    let buffered = "";
    turbo.stdout.on("data", (chunk) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        const task = /^(@remit\/[\w-]+):build: cache (hit|miss)/.exec(line);
        if (task === null) {
          if (outputLogs === "errors-only" && line.trim() !== "") process.stdout.write(`${line}\n`);
          continue;
        }
        const [, name, cache] = task;
        process.stdout.write(
          cache === "hit" ? `  ${name} is up to date\n` : `  building ${name}… (${seconds()} s so far)\n`,
        );
      }
    });
    turbo.on("error", (error) => {
      process.stderr.write(`remit demo: cannot run turbo (${error.message}); run "pnpm install" first\n`);
      resolve(1);
    });
    turbo.on("close", (code) => resolve(code ?? 1));
  });
}

process.stdout.write("Remit demo: building the packages (the first time takes a few minutes)\n");
let code = await build("hash-only");
// hash-only hides a failing task's output: build again to show it (what passed is cached).
if (code !== 0) code = await build("errors-only");
if (code !== 0) {
  process.stderr.write("remit demo: the build failed (see above)\n");
  process.exit(code);
}
process.stdout.write(`  built in ${seconds()} s\n\n`);
await import(join(app, "dist", "main.js"));
