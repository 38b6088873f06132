import type { ImportEntry, RecordProblem } from "@remit/core";
import { Effect } from "effect";
import { CliFailure } from "../failure/CliFailure";
import { EXIT_CODES } from "../failure/ExitCode";
import type { ProgressBar } from "../output/ProgressBar";
import { recordsProgress } from "../output/RecordsProgress";
import { openSourceFile, sourceEntries, type ByteCounter, type SourceFile } from "./SourceFile";
import { say } from "../messages/CliMessage";
import type { CliContext } from "../command/CliContext";
import { entityFlag } from "./EntityFlag";

/** The flags `remit import` and `remit validate` share. */
export interface SourcesInput {
  readonly files: readonly string[];
  /** The kind of the records, when neither the files' names nor their content say. */
  readonly entity?: string;
}

/** Opens every file (format and kind detected); all the files' problems at once. */
export function openSources(input: SourcesInput) {
  return Effect.gen(function* () {
    const entity = yield* entityFlag(input.entity);
    const opened = yield* Effect.promise(() => Promise.all(input.files.map((file) => openSourceFile(file, entity))));
    const failures = opened.filter((source): source is CliFailure => "_tag" in source);
    if (failures.length > 0) {
      const exitCode = failures.some((failure) => failure.exitCode === EXIT_CODES.storeOrIo)
        ? EXIT_CODES.storeOrIo
        : EXIT_CODES.usage;
      return yield* Effect.fail(
        new CliFailure({ exitCode, problems: failures.flatMap((failure) => failure.problems) }),
      );
    }
    return opened as SourceFile[];
  });
}

/**
 * The entries of every file in turn, counting the bytes read for the progress bar. One file's
 * entries are its reader's own, so that a store may read a JSON Lines file on a worker thread.
 */
export function entriesOfAll(sources: readonly SourceFile[], counter: ByteCounter): AsyncIterable<ImportEntry> {
  const [only] = sources;
  return sources.length === 1 && only !== undefined ? sourceEntries(only, counter) : eachInTurn(sources, counter);
}

async function* eachInTurn(sources: readonly SourceFile[], counter: ByteCounter): AsyncGenerator<ImportEntry> {
  for (const source of sources) yield* sourceEntries(source, counter);
}

/** A progress bar for reading `sources`: records counted, bytes for the share done. */
export function readingProgress(
  verb: "progress.importing" | "progress.validating",
  sources: readonly SourceFile[],
  context: Pick<CliContext, "language" | "progress">,
): { readonly bar: ProgressBar; readonly counter: ByteCounter; readonly total: number } {
  const { language } = context;
  const total = sources.reduce((sum, source) => sum + source.size, 0);
  const source =
    sources.length === 1 ? (sources[0]?.path ?? "") : say(language, "outcome.files", { count: sources.length });
  const bar = recordsProgress(context, say(language, verb, { source }));
  return { bar, counter: { bytes: 0 }, total };
}

/** A problem as --json prints it: where (file, line, field path) and what. */
export interface ProblemOutput {
  readonly file?: string;
  readonly line?: number;
  readonly path: readonly (string | number)[];
  readonly reason: string;
  readonly expected?: string;
}

/** The problems of a run, in input order, as --json prints them. */
export function problemsOutput(problems: readonly RecordProblem[]): ProblemOutput[] {
  return problems.map((problem) => ({
    ...(problem.file === undefined ? {} : { file: problem.file }),
    ...(problem.line === undefined ? {} : { line: problem.line }),
    path: problem.path,
    reason: problem.reason,
    ...(problem.expected === undefined ? {} : { expected: problem.expected }),
  }));
}
