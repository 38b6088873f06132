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

/** The exit codes as `remit --help` prints them, one per line. */
export const EXIT_CODES_HELP: readonly (readonly [ExitCode, string])[] = [
  [EXIT_CODES.ok, "ok"],
  [EXIT_CODES.invalidInput, "invalid input (records or symbols that do not validate; nothing found by that name)"],
  [EXIT_CODES.usage, "usage error (unknown command or flag, missing or malformed argument)"],
  [EXIT_CODES.storeOrIo, "store or I/O error (no store there, database failure, unreadable or unwritable file)"],
  [EXIT_CODES.conflict, "conflict (stale revision, target file exists, restore over a store that holds records)"],
];

/** The environment variables `remit` reads, as `remit --help` prints them. */
export const ENVIRONMENT_HELP: readonly (readonly [string, string])[] = [
  ["REMIT_DB", "the store when --db is not given: a SQLite file path or a postgres:// URL (default ./remit.db)"],
  ["REMIT_LANG", "the language of labels, titles and reports when --lang is not given (ar zh en fr ru es)"],
  ["LC_ALL, LC_MESSAGES, LANG", "the locale, used for the language when neither --lang nor REMIT_LANG is set"],
  ["NO_COLOR", "when set, no colours on a terminal"],
];
