import { Data } from "effect";
import { EXIT_CODES, type ExitCode } from "./ExitCode";

/**
 * Why a command did not do what was asked: the exit code, one line per problem (where, what,
 * and what to do), and detail that `--verbose` adds (causes, stack traces, store operations).
 * Every command fails with this and nothing else, so `main` maps failures to exit codes in
 * one place.
 * @example new CliFailure({ exitCode: 1, problems: ["activities.jsonl:12: period.start: is missing (expected a date)"] })
 */
export class CliFailure extends Data.TaggedError("CliFailure")<{
  readonly exitCode: ExitCode;
  /** One line each, printed to stderr as they are. */
  readonly problems: readonly string[];
  /** Printed after the problems with --verbose. */
  readonly detail?: string;
}> {
  override get message(): string {
    return this.problems.join("\n");
  }
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
function named(problem: string): string {
  return problem.startsWith("remit: ") ? problem : `remit: ${problem}`;
}

/**
 * Invalid input (exit 1): records or symbols that do not validate, nothing found by that
 * name. The lines are printed as given: record problems start with their `file:line:`.
 */
export function invalidInput(problems: readonly string[], cause?: unknown): CliFailure {
  return new CliFailure({ exitCode: EXIT_CODES.invalidInput, problems, ...withDetail(detailOf(cause)) });
}

/** A usage error (exit 2): the command line itself is wrong. */
export function usageError(problem: string): CliFailure {
  return new CliFailure({ exitCode: EXIT_CODES.usage, problems: [named(problem)] });
}

/** A store or I/O error (exit 3), with its cause kept for --verbose. */
export function storeOrIoError(problem: string, cause?: unknown): CliFailure {
  return new CliFailure({ exitCode: EXIT_CODES.storeOrIo, problems: [named(problem)], ...withDetail(detailOf(cause)) });
}

/** A conflict (exit 4): the command would overwrite or contradict existing data. */
export function conflict(problem: string, cause?: unknown): CliFailure {
  return new CliFailure({ exitCode: EXIT_CODES.conflict, problems: [named(problem)], ...withDetail(detailOf(cause)) });
}

/** The message of an unknown thrown value, for a one-line problem. */
export function messageOf(cause: unknown): string {
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
 * @example ioProblem("read", "big.jsonl", error) // "cannot read big.jsonl: there is no such file; check the path"
 */
export function ioFailure(action: "read" | "write" | "open", file: string, cause: unknown): CliFailure {
  const code = typeof cause === "object" && cause !== null ? (cause as { readonly code?: unknown }).code : undefined;
  const what =
    code === "ENOENT"
      ? action === "write"
        ? "its folder does not exist; create the folder first"
        : "there is no such file; check the path"
      : code === "EACCES" || code === "EPERM"
        ? "permission denied; check the file's permissions"
        : code === "EISDIR"
          ? "it is a folder, not a file; name a file"
          : code === "ENOSPC"
            ? "the disk is full; free some space and retry"
            : code === "ENOTDIR"
              ? "a part of its path is a file, not a folder; check the path"
              : code === "EROFS"
                ? "the file system is read-only; write somewhere else"
                : withoutSyscallPath(messageOf(cause));
  return storeOrIoError(`cannot ${action} ${file}: ${what}`, cause);
}
