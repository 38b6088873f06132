import { readFile } from "node:fs/promises";
import { ReportNarratives, formatPath, problemsFromIssues } from "@remit/core";
import { Effect } from "effect";
import { invalidInput, ioFailure } from "../failure/CliFailure";

/**
 * Reads `--narratives FILE`: a JSON object from an outline's narrative paragraph id to the
 * drafter's text for it and its sources, for what the records do not hold (the year's threat
 * picture, the expert group's conclusions), validated by core's `ReportNarratives`:
 * `{ "developments.context": { "text": { "en": "…" }, "provenance": [{ "source": "document", … }] } }`.
 * Every problem is reported with the paragraph id and field (exit 1).
 */
export function readNarratives(file: string) {
  return Effect.gen(function* () {
    const text = yield* Effect.tryPromise({
      try: () => readFile(file, "utf8"),
      catch: (cause) => ioFailure("read", file, cause),
    });
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return yield* Effect.fail(
        invalidInput([`${file}: is not valid JSON: ${error instanceof Error ? error.message : String(error)}`]),
      );
    }
    const narratives = ReportNarratives.safeParse(parsed, { reportInput: true });
    if (narratives.success) return narratives.data;
    return yield* Effect.fail(
      invalidInput(
        problemsFromIssues(narratives.error.issues).map(({ path: [id, ...field], reason, expected }) => {
          // Paragraph ids hold dots ("developments.context"): written as they are, then the field path.
          const where = id === undefined ? "(file)" : field.length === 0 ? String(id) : `${id}.${formatPath(field)}`;
          return `${file}: ${where}: ${reason}${expected === undefined ? "" : ` (expected ${expected})`}`;
        }),
      ),
    );
  });
}
