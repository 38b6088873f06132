import { Cause } from "effect";
import { CliError } from "effect/cli";
import { say, sayPlain } from "../messages/CliMessage";
import type { UiLanguage } from "../output/UiLanguage";
import { isCliFailure } from "./CliFailure";
import { EXIT_CODES, type ExitCode } from "./ExitCode";

/** What to print on stderr for a failed run, and the exit code. */
export interface FailureReport {
  readonly exitCode: ExitCode;
  /** One line per problem; with --verbose, the detail follows. */
  readonly lines: readonly string[];
}

function indent(text: string): string[] {
  return text.split("\n").map((line) => `    ${line}`);
}

/**
 * What a failed run reports: a CliFailure's problems and exit code; a command-line error
 * (already printed by the presenter) or a missing subcommand exit 2; anything unexpected (a defect) exit 3 with its
 * message, and its stack with --verbose.
 */
export function reportFailure(
  cause: Cause.Cause<unknown>,
  verbose: boolean,
  language: UiLanguage = "en",
): FailureReport {
  const error = Cause.findErrorOption(cause);
  if (error._tag === "Some") {
    const value = error.value;
    if (isCliFailure(value)) {
      const detail =
        verbose && value.detail !== undefined
          ? [`  ${sayPlain(language, "failure.detail")}`, ...indent(value.detail)]
          : [];
      return { exitCode: value.exitCode, lines: [...value.lines(language), ...detail] };
    }
    if (CliError.isCliError(value)) {
      // The presenter has printed the problem, or the help of a command that needs a
      // subcommand (`remit db`): both are usage errors. `--help` itself does not fail.
      return { exitCode: EXIT_CODES.usage, lines: [] };
    }
  }
  const defect = Cause.squash(cause);
  const message = defect instanceof Error ? defect.message : String(defect);
  const stack = defect instanceof Error && defect.stack !== undefined ? defect.stack : Cause.pretty(cause);
  return {
    exitCode: EXIT_CODES.storeOrIo,
    lines: [
      `remit: ${say(language, verbose ? "failure.unexpected" : "failure.unexpectedVerbose", { problem: message })}`,
      ...(verbose ? [`  ${sayPlain(language, "failure.detail")}`, ...indent(stack)] : []),
    ],
  };
}
