import { readFile } from "node:fs/promises";
import { readReportNarratives } from "@remit/core";
import { Effect } from "effect";
import { invalidInput, ioFailure } from "../failure/CliFailure";

/**
 * Reads `--narratives FILE` with core's `readReportNarratives`: texts for an outline's
 * narrative paragraphs, by paragraph id. Every problem is reported with the file, the
 * paragraph id and the field (exit 1).
 */
export function readNarratives(file: string) {
  return Effect.gen(function* () {
    const text = yield* Effect.tryPromise({
      try: () => readFile(file, "utf8"),
      catch: (cause) => ioFailure("read", file, cause),
    });
    const read = readReportNarratives(text);
    if (read.ok) return read.value;
    return yield* Effect.fail(invalidInput(read.error.problems.map((problem) => `${file}: ${problem}`)));
  });
}
