import type { ImportReport } from "@remit/core";
import { Store } from "@remit/core";
import { Effect } from "effect";
import type { CliContext } from "../command/CliContext";
import { handleWithStore } from "../command/Handle";
import { printResult } from "../output/PrintResult";
import { printNote } from "../output/Stdout";
import { entriesOfAll, openSources, problemsOutput, readingProgress, type SourcesInput } from "./ImportSources";
import { cliText, problemLines, say } from "../messages/CliMessage";
import type { UiLanguage } from "../output/UiLanguage";

/** The arguments and flags of `remit import`. */
export interface ImportInput extends SourcesInput {
  /** Write the valid records and report the invalid ones, instead of writing nothing. */
  readonly skipInvalid: boolean;
}

function summary(language: UiLanguage, files: readonly string[], report: ImportReport, seconds: number): string {
  const rate =
    seconds > 0
      ? say(language, "outcome.rate", {
          seconds: new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
            seconds,
          ),
          rate: Math.round(report.read / seconds),
        })
      : "";
  const from = files.length === 1 ? (files[0] ?? "") : say(language, "outcome.files", { count: files.length });
  const counts = { from, read: report.read, written: report.written, unchanged: report.unchanged, rate };
  return report.rejected === 0
    ? say(language, "outcome.imported", counts)
    : say(language, "outcome.importedSkipping", { ...counts, skipped: report.rejected });
}

function printImport(context: CliContext, files: readonly string[], report: ImportReport, seconds: number) {
  return Effect.gen(function* () {
    // With --skip-invalid the skipped records are still reported, one line each, on stderr.
    for (const line of problemLines(report.problems)) yield* printNote(cliText(context.language, line));
    yield* printResult(
      context,
      {
        store: context.store.shown,
        files,
        read: report.read,
        written: report.written,
        unchanged: report.unchanged,
        rejected: report.rejected,
        problems: problemsOutput(report.problems),
        seconds: Number(seconds.toFixed(3)),
      },
      [summary(context.language, files, report, seconds)],
    );
  });
}

/**
 * `remit import FILE...`: reads JSON, JSON Lines, CSV and XLSX files (kind from --entity,
 * the file's name or its content) and imports every record in one transaction. Any invalid
 * record and nothing is written: every problem is listed (file:line: field: what) and the
 * exit code is 1. With --skip-invalid the valid records are written and the invalid ones
 * listed. Importing the same records again changes nothing. A progress bar (records, rate,
 * share of the bytes read) is drawn on a terminal.
 */
export const importHandler = (input: ImportInput) =>
  handleWithStore({ create: true }, (context) =>
    Effect.gen(function* () {
      const sources = yield* openSources(input);
      const store = yield* Store;
      const { bar, counter, total } = readingProgress("progress.importing", sources, context);
      const started = performance.now();
      const report = yield* store
        .importRecords(entriesOfAll(sources, counter), {
          actor: "remit import",
          skipInvalid: input.skipInvalid,
          progressEvery: 500,
          onProgress: (progress) =>
            bar.update(
              progress.read,
              total > 0 ? counter.bytes / total : undefined,
              say(context.language, "progress.stored", { count: progress.written + progress.unchanged }),
            ),
        })
        .pipe(
          Effect.ensuring(Effect.sync(() => bar.finish())),
          // Scripts reading --json learn what was refused on stdout too; the lines go to stderr.
          Effect.tapError((error) =>
            error._tag === "ImportRejected" && (context.output === "json" || context.output === "jsonl")
              ? printResult(
                  context,
                  {
                    store: context.store.shown,
                    files: sources.map((source) => source.path),
                    imported: false,
                    read: error.read,
                    written: 0,
                    problems: problemsOutput(error.problems),
                  },
                  [],
                )
              : Effect.void,
          ),
        );
      yield* printImport(
        context,
        sources.map((source) => source.path),
        report,
        (performance.now() - started) / 1000,
      );
    }),
  );
