/**
 * The exit codes of `remit`, the contract scripts rely on. They are printed by `remit --help`
 * and listed in the package README; change them only with a major version.
 */
export const EXIT_CODES = {
  /** The command did what was asked. */
  ok: 0,
  /** The input is invalid: records that do not validate, a malformed symbol, nothing found by that name. */
  invalidInput: 1,
  /** The command line is wrong: an unknown command or flag, a missing argument, a value of the wrong form. */
  usage: 2,
  /** The store or the file system failed: no store at that place, a database error, a file that cannot be read or written. */
  storeOrIo: 3,
  /** The command would overwrite or contradict existing data: a stale revision, a backup file that exists, restoring over a store that holds records. */
  conflict: 4,
} as const;

/** One of the exit codes of `remit`. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/** The exit codes as `remit --help` prints them, one per line, each with its message. */
export const EXIT_CODES_HELP = [
  [EXIT_CODES.ok, "exit.ok"],
  [EXIT_CODES.invalidInput, "exit.invalidInput"],
  [EXIT_CODES.usage, "exit.usage"],
  [EXIT_CODES.storeOrIo, "exit.storeOrIo"],
  [EXIT_CODES.conflict, "exit.conflict"],
] as const satisfies readonly (readonly [ExitCode, string])[];

/** The environment variables `remit` reads, as `remit --help` prints them, each with its message. */
export const ENVIRONMENT_HELP = [
  ["REMIT_DB", "env.REMIT_DB"],
  ["REMIT_LANG", "env.REMIT_LANG"],
  ["LC_ALL, LC_MESSAGES, LANG", "env.locale"],
  ["NO_COLOR", "env.NO_COLOR"],
] as const satisfies readonly (readonly [string, string])[];
