import { Flag, GlobalFlag } from "effect/cli";
import { helpText } from "../messages/HelpTranslation";

/**
 * The flags every `remit` command accepts, anywhere on the command line
 * (`remit --db x.db list activities` and `remit list activities --db x.db` mean the same).
 * Each is an Effect CLI global setting: a handler reads it with `yield* DbSetting`.
 * Their environment fallbacks are applied by `resolveCliContext`, not here, so the help
 * shows the flags as typed.
 */
export const DbSetting = GlobalFlag.Setting("db")({
  flag: Flag.String("db").pipe(Flag.withMetavar("PATH|URL"), Flag.withDescription(helpText("--db")), Flag.optional),
});

/** `--lang`: the language of labels, titles and reports. */
export const LangSetting = GlobalFlag.Setting("lang")({
  flag: Flag.String("lang").pipe(
    Flag.withMetavar("ar|zh|en|fr|ru|es"),
    Flag.withDescription(helpText("--lang")),
    Flag.optional,
  ),
});

/** `--json`: one JSON document on stdout, stable for scripts. */
export const JsonSetting = GlobalFlag.Setting("json")({
  flag: Flag.Boolean("json").pipe(Flag.withDescription(helpText("--json")), Flag.withDefault(false)),
});

/** `--jsonl`: JSON Lines on stdout, one record per line. */
export const JsonlSetting = GlobalFlag.Setting("jsonl")({
  flag: Flag.Boolean("jsonl").pipe(Flag.withDescription(helpText("--jsonl")), Flag.withDefault(false)),
});

/** `--quiet`: no progress bar and no summary lines on stderr. */
export const QuietSetting = GlobalFlag.Setting("quiet")({
  flag: Flag.Boolean("quiet").pipe(
    Flag.withAlias("q"),
    Flag.withDescription(helpText("--quiet")),
    Flag.withDefault(false),
  ),
});

/** `--verbose`: errors with their detail (causes, stack traces). */
export const VerboseSetting = GlobalFlag.Setting("verbose")({
  flag: Flag.Boolean("verbose").pipe(Flag.withDescription(helpText("--verbose")), Flag.withDefault(false)),
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
