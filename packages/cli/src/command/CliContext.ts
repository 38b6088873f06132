import { Effect, Option } from "effect";
import { usageError, type CliFailure } from "../failure/CliFailure";
import { cliMessage } from "../messages/CliMessage";
import { colorsWanted } from "../output/Bold";
import { chooseLanguage, type UiLanguage } from "../output/UiLanguage";
import { storeLocation, type StoreLocation } from "../store/StoreLocation";
import { DbSetting, JsonlSetting, JsonSetting, LangSetting, QuietSetting, VerboseSetting } from "./GlobalSettings";

/**
 * How a command prints: `table` on a terminal, `plain` tab-separated lines on a pipe,
 * `json` one document, `jsonl` one JSON value per line.
 */
type OutputMode = "table" | "plain" | "json" | "jsonl";

/** The global settings of one run, with their environment fallbacks applied. */
export interface CliContext {
  readonly store: StoreLocation;
  readonly language: UiLanguage;
  readonly output: OutputMode;
  readonly quiet: boolean;
  readonly verbose: boolean;
  /** Draw progress bars: stderr is a terminal and --quiet is off. */
  readonly progress: boolean;
  /** Colours on stdout: a terminal, and NO_COLOR unset. */
  readonly color: boolean;
  /** Terminal width for tables (80 when unknown). */
  readonly columns: number;
}

/** Where output goes, as the context needs to know it (a seam for tests). */
export interface Terminal {
  readonly stdoutIsTty: boolean;
  readonly stderrIsTty: boolean;
  readonly columns: number | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The process's own terminal. */
function processTerminal(): Terminal {
  return {
    stdoutIsTty: process.stdout.isTTY === true,
    stderrIsTty: process.stderr.isTTY === true,
    columns: process.stdout.columns,
    env: process.env,
  };
}

/**
 * Reads the global settings of this run and applies the fallbacks: REMIT_DB for the store,
 * REMIT_LANG and the locale for the language, the terminal for the output mode. Fails with
 * a usage error (exit 2) when --lang or REMIT_LANG is not a UN language, --json and --jsonl
 * are both given, or --db is not a store location.
 */
export const resolveCliContext = Effect.fnUntraced(function* (terminal: Terminal = processTerminal()) {
  const [db, lang, json, jsonl, quiet, verbose] = [
    yield* DbSetting,
    yield* LangSetting,
    yield* JsonSetting,
    yield* JsonlSetting,
    yield* QuietSetting,
    yield* VerboseSetting,
  ];
  const location = storeLocation(Option.getOrUndefined(db), terminal.env);
  if (!location.ok) return yield* Effect.fail<CliFailure>(usageError(location.error));
  const choice = chooseLanguage(Option.getOrUndefined(lang), terminal.env);
  if (!choice.ok) {
    return yield* Effect.fail<CliFailure>(
      usageError(cliMessage("settings.language", { source: choice.error.source, value: choice.error.value })),
    );
  }
  if (json && jsonl) return yield* Effect.fail<CliFailure>(usageError(cliMessage("settings.jsonAndJsonl", {})));
  const output: OutputMode = json ? "json" : jsonl ? "jsonl" : terminal.stdoutIsTty ? "table" : "plain";
  const context: CliContext = {
    store: location.value,
    language: choice.value,
    output,
    quiet,
    verbose,
    progress: terminal.stderrIsTty && !quiet,
    color: colorsWanted(terminal.stdoutIsTty, terminal.env),
    columns: terminal.columns ?? 80,
  };
  return context;
});
