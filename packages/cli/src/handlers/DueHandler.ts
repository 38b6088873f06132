import type { DueReportSummary } from "@remit/core";
import { REPORT_STATUS_LABELS, Store, deferralTextIn, display, dueReportSummary, ordinal } from "@remit/core";
import { Effect } from "effect";
import type { CliContext } from "../command/CliContext";
import { handleWithStore } from "../command/Handle";
import { usageError } from "../failure/CliFailure";
import { heading } from "../output/Labels";
import { printJson, printJsonLines, printLines } from "../output/Stdout";
import { tableLines } from "../output/TableLines";
import { cliMessage, say } from "../messages/CliMessage";

/** The flags of `remit due`. */
export interface DueInput {
  readonly body: string;
  readonly session: number;
}

function printDue(context: CliContext, input: DueInput, reports: readonly DueReportSummary[]) {
  if (context.output === "json") return printJson({ bodyId: input.body, sessionNumber: input.session, reports });
  if (context.output === "jsonl") return printJsonLines(reports);
  const language = context.language;
  const table = {
    columns: [
      { heading: heading("mandate", language) },
      { heading: heading("report", language), shrink: true },
      { heading: heading("status", language) },
      { heading: heading("dueAt", language) },
      { heading: heading("deferrals", language), shrink: true },
    ],
    rows: reports.map((report) => [
      report.mandate,
      report.subject === undefined ? report.obligationId : display(report.subject, [language]).text,
      report.disposition === "due"
        ? display(REPORT_STATUS_LABELS[report.status], [language]).text
        : say(language, "due.deferredTo", { session: report.dueAt.sessionNumber }),
      `${report.dueAt.bodyId} ${report.dueAt.sessionNumber}`,
      report.deferrals.map((deferral) => deferralTextIn(deferral, language)).join("; "),
    ]),
  };
  if (context.output === "plain") return printLines(tableLines(context, table));
  const title = say(language, "outcome.reportsDue", {
    body: input.body,
    session: String(input.session),
    ordinal: ordinal(input.session),
    count: reports.filter((report) => report.disposition === "due").length,
  });
  return printLines(reports.length === 0 ? [title] : [title, "", ...tableLines(context, table)]);
}

/**
 * `remit due --body BODY --session N`: the reports due at a session after deferrals (the
 * store's `reportsDue`), then those that were due there and were moved to a later session.
 * 74/173's report, asked for the CCPCJ 29th session, is due at the 30th and shows its
 * deferral; at the 29th it appears as deferred to the 30th.
 */
export const dueHandler = (input: DueInput) =>
  handleWithStore({ create: false }, (context) =>
    Effect.gen(function* () {
      if (!Number.isInteger(input.session) || input.session < 1) {
        return yield* Effect.fail(usageError(cliMessage("cli.session", { session: String(input.session) })));
      }
      const bodyId = input.body.trim().toLowerCase();
      const store = yield* Store;
      const reports = yield* store.reportsDue(bodyId, input.session, { includeDeferredAway: true });
      yield* printDue(context, { body: bodyId, session: input.session }, reports.map(dueReportSummary));
    }),
  );
