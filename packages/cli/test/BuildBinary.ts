import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { BINARY, CLI_ROOT } from "./RemitProcess";

/**
 * Vitest global set-up: builds the `remit` binary with tsup when dist/main.js is missing, so
 * the end-to-end tests always run the bundle a user runs. An existing build is used as it is
 * (run `npx tsup` after changing the sources).
 */
export default function buildBinary(): void {
  if (existsSync(BINARY)) return;
  execFileSync("npx", ["tsup"], { cwd: CLI_ROOT, stdio: "inherit" });
}
