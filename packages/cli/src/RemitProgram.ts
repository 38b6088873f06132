/**
 * The `remit` program: Effect's command line over the command tree. This module and the
 * command tree are all that load before a command runs: each command imports its handler
 * (and with it core, the stores, the dataset or the export formats) only when it is the one
 * asked for.
 */
import { NodeRuntime, NodeServices } from "@effect/platform-node";
import { Cause, Effect } from "effect";
import { Command } from "effect/cli";
import { remitOutputLayer } from "./command/HelpOutput";
import { remitCommand } from "./command/RemitCommand";
import { REMIT_VERSION } from "./command/Version";
import { reportFailure } from "./failure/ReportFailure";
import { exitQuietlyOnClosedPipe } from "./output/Stdout";
import { languageOfCommandLine } from "./output/UiLanguage";

exitQuietlyOnClosedPipe();
const verbose = process.argv.includes("--verbose");
// Stack traces of the minified bundle point into the sources, when someone asks for them.
if (verbose) process.setSourceMapsEnabled(true);

const program = Command.run(remitCommand, { version: REMIT_VERSION }).pipe(
  Effect.catchCause((cause) => {
    if (Cause.hasInterruptsOnly(cause)) return Effect.failCause(cause);
    const report = reportFailure(cause, verbose, languageOfCommandLine(process.argv, process.env));
    return Effect.sync(() => {
      for (const line of report.lines) process.stderr.write(`${line}\n`);
      process.exitCode = report.exitCode;
    });
  }),
  Effect.provide(remitOutputLayer),
  Effect.provide(NodeServices.layer),
);

NodeRuntime.runMain(program, { disableErrorReporting: true });
