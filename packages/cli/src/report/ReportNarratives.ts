import { readFile } from "node:fs/promises";
import type { ReportNarrative } from "@remit/core";
import { LocalizedText, Provenance, formatPath, problemsFromIssues } from "@remit/core";
import { Effect } from "effect";
import { invalidInput, ioFailure } from "../failure/CliFailure";

function problemsOf(
  file: string,
  key: string,
  field: string,
  issues: Parameters<typeof problemsFromIssues>[0],
): string[] {
  return problemsFromIssues(issues).map(
    (problem) =>
      `${file}: ${key}.${field}${problem.path.length === 0 ? "" : `.${formatPath(problem.path)}`}: ${problem.reason}${problem.expected === undefined ? "" : ` (expected ${problem.expected})`}`,
  );
}

/**
 * Reads `--narratives FILE`: a JSON object from an outline's narrative paragraph id to the
 * drafter's text for it and its sources, for what the records do not hold (the year's threat
 * picture, the expert group's conclusions):
 * `{ "developments.context": { "text": { "en": "…" }, "provenance": [] } }`.
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
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      return yield* Effect.fail(
        invalidInput([`${file}: expected a JSON object from paragraph ids to { "text": {…}, "provenance": […] }`]),
      );
    }
    const narratives: Record<string, ReportNarrative> = {};
    const problems: string[] = [];
    for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
      const entry = (typeof value === "object" && value !== null ? value : {}) as {
        readonly text?: unknown;
        readonly provenance?: unknown;
      };
      const title = LocalizedText.safeParse(entry.text, { reportInput: true });
      const sources = Provenance.array().safeParse(entry.provenance ?? [], { reportInput: true });
      if (!title.success) problems.push(...problemsOf(file, key, "text", title.error.issues));
      if (!sources.success) problems.push(...problemsOf(file, key, "provenance", sources.error.issues));
      if (title.success && sources.success) narratives[key] = { text: title.data, provenance: sources.data };
    }
    if (problems.length > 0) return yield* Effect.fail(invalidInput(problems));
    return narratives;
  });
}
