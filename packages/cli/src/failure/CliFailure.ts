import { Data, Predicate } from "effect";
import { cliMessage, cliText, named, type CliMessage, type CliText } from "../messages/CliMessage";
import { EXIT_CODES, type ExitCode } from "./ExitCode";

/**
 * Why a command did not do what was asked: the exit code, one line per problem (where, what,
 * and what to do), and detail that `--verbose` adds (causes, stack traces, store operations).
 * Every command fails with this and nothing else, so `main` maps failures to exit codes in
 * one place.
 * The problems are messages of the CLI's catalog, worded in the reader's language when they
 * are printed, or text that is final (a record problem from core, with its file and line).
 * @example new CliFailure({ exitCode: 1, problems: ["activities.jsonl:12: period.start: is missing (expected a date)"] })
 */
export class CliFailure extends Data.TaggedError("CliFailure")<{
  readonly exitCode: ExitCode;
  /** One line each, printed to stderr in the reader's language. */
  readonly problems: readonly CliText[];
  /** Printed after the problems with --verbose. */
  readonly detail?: string;
}> {
  override get message(): string {
    return this.lines("en").join("\n");
  }

  /** The problems in words, one line each. */
  lines(language: Parameters<typeof cliText>[0]): string[] {
    return this.problems.map((problem) => cliText(language, problem));
  }
}

/** Whether a failure is a CliFailure, told by its tag as every error is. */
export function isCliFailure(error: unknown): error is CliFailure {
  return Predicate.isTagged(error, "CliFailure");
}

function detailOf(cause: unknown): string | undefined {
  if (cause === undefined) return undefined;
  if (cause instanceof Error) return cause.stack ?? `${cause.name}: ${cause.message}`;
  try {
    return JSON.stringify(cause, null, 2) ?? typeof cause;
  } catch {
    return `a ${typeof cause} that cannot be shown as text`;
  }
}

function withDetail(detail: string | undefined): { readonly detail?: string } {
  return detail === undefined ? {} : { detail };
}

/** A general problem line starts with the program's name, as compilers' and shells' do. */
function namedProblem(problem: CliText): CliText {
  if (typeof problem !== "string") return named(problem);
  return problem.startsWith("remit: ") ? problem : `remit: ${problem}`;
}

/**
 * Invalid input (exit 1): records or symbols that do not validate, nothing found by that
 * name. The lines are printed as given: record problems start with their `file:line:`.
 */
export function invalidInput(problems: readonly CliText[], cause?: unknown): CliFailure {
  return new CliFailure({ exitCode: EXIT_CODES.invalidInput, problems, ...withDetail(detailOf(cause)) });
}

/** One general problem with its exit code, and its cause, when there is one, for --verbose. */
function generalFailure(exitCode: ExitCode, problem: CliText, cause?: unknown): CliFailure {
  return new CliFailure({ exitCode, problems: [namedProblem(problem)], ...withDetail(detailOf(cause)) });
}

/** A usage error (exit 2): the command line itself is wrong. */
export function usageError(problem: CliText): CliFailure {
  return generalFailure(EXIT_CODES.usage, problem);
}

/** A store or I/O error (exit 3), with its cause kept for --verbose. */
export function storeOrIoError(problem: CliText, cause?: unknown): CliFailure {
  return generalFailure(EXIT_CODES.storeOrIo, problem, cause);
}

/** A conflict (exit 4): the command would overwrite or contradict existing data. */
export function conflict(problem: CliText, cause?: unknown): CliFailure {
  return generalFailure(EXIT_CODES.conflict, problem, cause);
}

/** The message of an unknown thrown value, for a one-line problem. */
function messageOf(cause: unknown): string {
  if (cause instanceof Error) return cause.message;
  return typeof cause === "string" ? cause : String(cause);
}

/**
 * Node's file-system messages end with the system call and its path (`…, open '/out/.x.csv.4711.tmp'`):
 * the path may be an atomic write's temporary file, which the user never named.
 */
function withoutSyscallPath(message: string): string {
  return message.replace(/, [a-z]+ '[^']*'(?: -> '[^']*')?$/u, "");
}

/**
 * A file-system error as one actionable line: which file, what went wrong, what to do.
 * @example ioFailure("read", "big.jsonl", error) // "cannot read big.jsonl: there is no such file; check the path"
 */
export function ioFailure(action: "read" | "write" | "open", file: string, cause: unknown): CliFailure {
  const code = typeof cause === "object" && cause !== null ? (cause as { readonly code?: unknown }).code : undefined;
  const reason: CliMessage | string =
    code === "ENOENT"
      ? cliMessage(action === "write" ? "io.noFolder" : "io.noFile", {})
      : code === "EACCES" || code === "EPERM"
        ? cliMessage("io.permission", {})
        : code === "EISDIR"
          ? cliMessage("io.isFolder", {})
          : code === "ENOSPC"
            ? cliMessage("io.diskFull", {})
            : code === "ENOTDIR"
              ? cliMessage("io.notFolder", {})
              : code === "EROFS"
                ? cliMessage("io.readOnly", {})
                : withoutSyscallPath(messageOf(cause));
  return storeOrIoError(cliMessage("io.failed", { action, file, reason }), cause);
}
