import { Flag, GlobalFlag } from "effect/cli";

/**
 * The flags every `remit` command accepts, anywhere on the command line
 * (`remit --db x.db list activities` and `remit list activities --db x.db` mean the same).
 * Each is an Effect CLI global setting: a handler reads it with `yield* DbSetting`.
 * Their environment fallbacks are applied by `resolveCliContext`, not here, so the help
 * shows the flags as typed.
 */
export const DbSetting = GlobalFlag.Setting("db")({
  flag: Flag.String("db").pipe(
    Flag.withMetavar("PATH|URL"),
    Flag.withDescription(
      "The store: a SQLite file (default ./remit.db, or REMIT_DB) or a postgres:// URL; add ?schema=NAME to a URL to use that schema",
    ),
    Flag.optional,
  ),
});

/** `--lang`: the language of labels, titles and reports. */
export const LangSetting = GlobalFlag.Setting("lang")({
  flag: Flag.String("lang").pipe(
    Flag.withMetavar("ar|zh|en|fr|ru|es"),
    Flag.withDescription(
      "Language of labels, titles and reports (default REMIT_LANG, else the locale, else en); texts missing in it fall back to another language",
    ),
    Flag.optional,
  ),
});

/** `--json`: one JSON document on stdout, stable for scripts. */
export const JsonSetting = GlobalFlag.Setting("json")({
  flag: Flag.Boolean("json").pipe(
    Flag.withDescription("Print one JSON document instead of a table (stable for scripts)"),
    Flag.withDefault(false),
  ),
});

/** `--jsonl`: JSON Lines on stdout, one record per line. */
export const JsonlSetting = GlobalFlag.Setting("jsonl")({
  flag: Flag.Boolean("jsonl").pipe(
    Flag.withDescription("Print JSON Lines: one JSON value per line (stable for scripts)"),
    Flag.withDefault(false),
  ),
});

/** `--quiet`: no progress bar and no summary lines on stderr. */
export const QuietSetting = GlobalFlag.Setting("quiet")({
  flag: Flag.Boolean("quiet").pipe(
    Flag.withAlias("q"),
    Flag.withDescription("No progress bar and no summary lines; errors are still printed"),
    Flag.withDefault(false),
  ),
});

/** `--verbose`: errors with their detail (causes, stack traces). */
export const VerboseSetting = GlobalFlag.Setting("verbose")({
  flag: Flag.Boolean("verbose").pipe(
    Flag.withDescription("Add detail to errors: causes, store operations, stack traces"),
    Flag.withDefault(false),
  ),
});

/** Every global setting, in the order `remit --help` lists them. */
export const GLOBAL_SETTINGS = [
  DbSetting,
  LangSetting,
  JsonSetting,
  JsonlSetting,
  QuietSetting,
  VerboseSetting,
] as const;
