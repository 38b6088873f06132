#!/usr/bin/env node
/**
 * The `remit` executable. `remit --version` alone answers here, before Effect and the command
 * tree load (they take most of the start-up time); every other call runs the program.
 * @packageDocumentation
 */
import { REMIT_VERSION } from "./command/Version";

const args = process.argv.slice(2);
if (args.length === 1 && args[0] === "--version") {
  // The same line Effect's command line prints for --version.
  process.stdout.write(`remit v${REMIT_VERSION}\n`);
} else {
  await import("./RemitProgram");
}
