import { ImportRun } from "@remit/core";
import { Effect } from "effect";
import { handle } from "../command/Handle";
import { invalidInput } from "../failure/CliFailure";
import { problemLines } from "../messages/CliMessage";
import { printResult } from "../output/PrintResult";
import { entriesOfAll, openSources, problemsOutput, readingProgress, type SourcesInput } from "./ImportSources";
import { cliMessage, named, say } from "../messages/CliMessage";

/**
 * `remit validate FILE...`: reads the files as `remit import` would and checks every record
 * against core's schema of its kind, without a store and without writing anything. Every
 * problem is listed, one line each (file:line: field: what, expected what), and the exit
 * code is 1 when there is any.
 */
export const validateHandler = (input: SourcesInput) =>
  handle((context) =>
    Effect.gen(function* () {
      const sources = yield* openSources(input);
      const { bar, counter, total } = readingProgress("progress.validating", sources, context);
      const run = new ImportRun({
        actor: "remit validate",
        skipInvalid: true,
        progressEvery: 500,
        onProgress: (progress) => bar.update(progress.read, total > 0 ? counter.bytes / total : undefined),
      });
      const report = yield* Effect.promise(async () => {
        for await (const entry of entriesOfAll(sources, counter)) run.accept(entry);
        return run.finish();
      }).pipe(Effect.ensuring(Effect.sync(() => bar.finish())));
      const files = sources.map((source) => source.path);
      const valid = report.read - report.rejected;
      yield* printResult(
        context,
        {
          files,
          valid: report.rejected === 0,
          read: report.read,
          invalid: report.rejected,
          problems: problemsOutput(report.problems),
        },
        report.rejected === 0
          ? [say(context.language, "outcome.valid", { files: files.join(", "), count: report.read })]
          : [],
      );
      if (report.rejected > 0) {
        return yield* Effect.fail(
          invalidInput([
            ...problemLines(report.problems),
            named(cliMessage("failure.invalidRecords", { invalid: report.rejected, read: report.read, valid })),
          ]),
        );
      }
    }),
  );
