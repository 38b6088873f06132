import type { Report } from "@remit/core";
import { FORMAT_FILES, renderReport, reportFormatOf, type ReportFormat } from "@remit/export/formats";
import { isStoreError, parsePeriod, reportOnMandate } from "@remit/core";
import { Effect } from "effect";
import { handleWithStore } from "../command/Handle";
import { invalidInput, usageError } from "../failure/CliFailure";
import { writeOutput } from "../export/OutputTarget";
import { printJson, printNote } from "../output/Stdout";
import { recordsProgress } from "../output/RecordsProgress";
import type { UiLanguage } from "../output/UiLanguage";
import { readNarratives } from "./ReportNarratives";
import { cliMessage, named, say, sayPlain } from "../messages/CliMessage";

/** The flags of `remit report`. */
export interface ReportInput {
  readonly mandate: string;
  readonly period: string;
  readonly format?: ReportFormat;
  readonly output?: string;
  /** The reporting obligation, when the mandate asks for several reports. */
  readonly obligation?: string;
  /** A JSON file of texts for the outline's narrative paragraphs (see `readNarratives`). */
  readonly narratives?: string;
  /** The language to write in when `--lang` has no templates; every paragraph is marked. */
  readonly fallback?: UiLanguage;
}

/** The paragraphs the records could not support: one line, or one line each with --verbose. */
function gapNotes(report: Report, verbose: boolean, language: UiLanguage): string[] {
  if (report.gaps.length === 0) return [];
  if (verbose)
    return report.gaps.map((gap) =>
      say(language, "cli.named", {
        problem: cliMessage("report.leftOutOne", {
          problem: gap.message.startsWith(`${gap.specId}:`) ? gap.message : `${gap.specId}: ${gap.message}`,
        }),
      }),
    );
  const paragraphs = report.gaps.map((gap) => gap.specId).join(", ");
  return [
    say(language, "cli.named", { problem: cliMessage("report.leftOut", { count: report.gaps.length, paragraphs }) }),
  ];
}

/**
 * `remit report --mandate A/RES/74/173 --period 2020`: the Secretary-General's report on a
 * mandate for a period, computed from the store by core's `reportOnMandate` (every figure from
 * the activities and observations, with its provenance) and rendered as Markdown, HTML or
 * DOCX in the chosen language (`--lang`; a language without templates falls back, and says
 * so). Written to `-o FILE` atomically, or to stdout (DOCX only to a file or a pipe).
 */
export const reportHandler = (input: ReportInput) =>
  handleWithStore({ create: false }, (context) =>
    Effect.gen(function* () {
      const period = parsePeriod(input.period);
      if (!period.ok) {
        return yield* Effect.fail(usageError(cliMessage("cli.notAPeriod", { flag: "--period", input: input.period })));
      }
      const supplied = input.narratives === undefined ? {} : yield* readNarratives(input.narratives);
      const { reportContentFor } = yield* Effect.promise(() => import("@remit/dataset"));
      const bar = recordsProgress(context, sayPlain(context.language, "progress.readingRecords"));
      let read = 0;
      const report = yield* reportOnMandate({
        mandate: input.mandate,
        period: period.value,
        language: context.language,
        // The dataset chooses the content (outline, templates, the paragraphs no record kind
        // holds) by mandate; a narratives file supplied replaces its paragraphs by id.
        content: (mandateId) => {
          const content = reportContentFor(mandateId);
          return content === undefined ? undefined : { ...content, narratives: { ...content.narratives, ...supplied } };
        },
        ...(input.fallback === undefined ? {} : { fallback: input.fallback }),
        ...(input.obligation === undefined ? {} : { obligationId: input.obligation }),
        onRecord: () => bar.update((read += 1)),
      }).pipe(
        Effect.ensuring(Effect.sync(() => bar.finish())),
        Effect.mapError((problem) => {
          if (isStoreError(problem)) return problem;
          if (problem._tag === "NothingToReport")
            return invalidInput([named(cliMessage("failure.nothingToReport", { period: input.period }))]);
          if (problem._tag === "NoReportContent")
            return invalidInput([named(cliMessage("failure.noReportContent", { mandate: input.mandate }))]);
          return invalidInput([named(problem.message)]);
        }),
      );
      const format = input.format ?? reportFormatOf(input.output);
      const output = yield* Effect.promise(() => renderReport(report, format));
      const bytes = yield* writeOutput(input.output, output, {
        binary: FORMAT_FILES[format].binary,
        format: format.toUpperCase(),
      });
      const notes = [
        ...(report.isFallback
          ? [
              say(context.language, "cli.named", {
                problem: cliMessage("report.fallback", {
                  language: context.language,
                  templates: report.templateLanguage,
                }),
              }),
            ]
          : []),
        ...gapNotes(report, context.verbose, context.language),
      ];
      if (input.output !== undefined && context.output === "json") {
        return yield* printJson({
          file: input.output,
          format,
          language: report.language,
          templateLanguage: report.templateLanguage,
          bytes,
          gaps: report.gaps,
        });
      }
      if (context.quiet) return;
      for (const note of notes) yield* printNote(note);
      if (input.output !== undefined)
        yield* printNote(
          say(context.language, "outcome.reportWritten", {
            mandate: report.mandateSymbol ?? report.mandateId,
            period: input.period,
            format,
            language: report.templateLanguage,
            file: input.output,
          }),
        );
    }),
  );
