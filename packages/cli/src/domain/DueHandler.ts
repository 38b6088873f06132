import type { DueReport, LocalizedText, ReportDeferral } from "@remit/core";
import { Store, display, formatMandateLink, mandateLabel, ordinal } from "@remit/core";
import { Effect } from "effect";
import type { CliContext } from "../command/CliContext";
import { handleWithStore } from "../command/Handle";
import { usageError } from "../failure/CliFailure";
import { heading } from "../output/Labels";
import { printJson, printJsonLines, printLines } from "../output/Stdout";
import { renderPlain, renderTable } from "../output/Table";
import type { UiLanguage } from "../output/UiLanguage";

/** The flags of `remit due`. */
export interface DueInput {
  readonly body: string;
  readonly session: number;
}

/** One report of `remit due --json`. */
export interface DueReportOutput {
  readonly disposition: "due" | "deferred-away";
  readonly mandateId: string;
  readonly mandate: string;
  readonly obligationId: string;
  readonly subject?: LocalizedText;
  readonly status: string;
  readonly submittedAs?: string;
  readonly dueAt: { readonly bodyId: string; readonly sessionNumber: number };
  readonly deferrals: readonly {
    readonly fromSession: number;
    readonly toSession: number;
    readonly reason: LocalizedText;
    readonly decidedBy?: string;
  }[];
}

function deferralOutput(deferral: ReportDeferral): DueReportOutput["deferrals"][number] {
  return {
    fromSession: deferral.fromSession,
    toSession: deferral.toSession,
    reason: deferral.reason,
    ...(deferral.decidedBy === undefined ? {} : { decidedBy: formatMandateLink(deferral.decidedBy) }),
  };
}

function outputOf(report: DueReport): DueReportOutput {
  return {
    disposition: report.disposition,
    mandateId: report.mandate.id,
    mandate: mandateLabel(report.mandate),
    obligationId: report.obligation.id,
    ...(report.obligation.subject === undefined ? {} : { subject: report.obligation.subject }),
    status: report.obligation.status,
    ...(report.obligation.submittedAs === undefined ? {} : { submittedAs: report.obligation.submittedAs }),
    dueAt: report.dueSession,
    deferrals: report.deferrals.map(deferralOutput),
  };
}

function deferralText(deferral: DueReportOutput["deferrals"][number], language: UiLanguage): string {
  const by = deferral.decidedBy === undefined ? "" : ` (${deferral.decidedBy})`;
  return `${deferral.fromSession} → ${deferral.toSession}: ${display(deferral.reason, [language]).text}${by}`;
}

function printDue(context: CliContext, input: DueInput, reports: readonly DueReportOutput[]) {
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
      report.disposition === "due" ? report.status : `deferred to ${report.dueAt.sessionNumber}`,
      `${report.dueAt.bodyId} ${report.dueAt.sessionNumber}`,
      report.deferrals.map((deferral) => deferralText(deferral, language)).join("; "),
    ]),
  };
  if (context.output === "plain") return printLines(renderPlain(table));
  const title = `Reports due at the ${ordinal(input.session)} session of ${input.body}: ${reports.filter((report) => report.disposition === "due").length}`;
  return printLines(reports.length === 0 ? [title] : [title, "", ...renderTable(table, context.columns)]);
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
        return yield* Effect.fail(
          usageError(`remit: --session ${input.session} is not a session number; give a whole number such as 30`),
        );
      }
      const bodyId = input.body.trim().toLowerCase();
      const store = yield* Store;
      const reports = yield* store.reportsDue(bodyId, input.session, { includeDeferredAway: true });
      yield* printDue(context, { body: bodyId, session: input.session }, reports.map(outputOf));
    }),
  );
