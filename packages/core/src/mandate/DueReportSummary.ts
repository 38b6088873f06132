import type { LocalizedText } from "../text/LocalizedText";
import type { DueReport } from "./DueReports";
import { mandateLabel } from "./Mandate";
import { formatMandateLink } from "./MandateLink";
import type { ReportDeferral, ReportStatus } from "./ReportingObligation";

/** A deferral of a report as a reader sees it: from which session to which, why, and by which decision. */
export interface DeferralSummary {
  readonly fromSession: number;
  readonly toSession: number;
  readonly reason: LocalizedText;
  /** The decision that moved the report, as its id or symbol ("a-dec-74-567"). */
  readonly decidedBy?: string;
}

/**
 * A report due at a session, flattened for a reader or a table: which mandate asked for it
 * (its id and label), which of its obligations, on what subject, its status, where it is due
 * after deferrals, and each deferral. The mandate's full record is left out; look it up by
 * `mandateId`.
 */
export interface DueReportSummary {
  readonly disposition: DueReport["disposition"];
  readonly mandateId: string;
  /** The mandate's symbol, or its title when it has none. */
  readonly mandate: string;
  readonly obligationId: string;
  readonly subject?: LocalizedText;
  readonly status: ReportStatus;
  /** The symbol of the report submitted, once it is. */
  readonly submittedAs?: string;
  readonly dueAt: { readonly bodyId: string; readonly sessionNumber: number };
  readonly deferrals: readonly DeferralSummary[];
}

/** A deferral as a {@link DeferralSummary}. */
export function deferralSummary(deferral: ReportDeferral): DeferralSummary {
  return {
    fromSession: deferral.fromSession,
    toSession: deferral.toSession,
    reason: deferral.reason,
    ...(deferral.decidedBy === undefined ? {} : { decidedBy: formatMandateLink(deferral.decidedBy) }),
  };
}

/**
 * A report due (from `dueReports` or `Store.reportsDue`) as a {@link DueReportSummary}.
 * @example dueReportSummary(due).dueAt // { bodyId: "ccpcj", sessionNumber: 30 } for 74/173's report
 */
export function dueReportSummary(report: DueReport): DueReportSummary {
  const { obligation } = report;
  return {
    disposition: report.disposition,
    mandateId: report.mandate.id,
    mandate: mandateLabel(report.mandate),
    obligationId: obligation.id,
    ...(obligation.subject === undefined ? {} : { subject: obligation.subject }),
    status: obligation.status,
    ...(obligation.submittedAs === undefined ? {} : { submittedAs: obligation.submittedAs }),
    dueAt: report.dueSession,
    deferrals: report.deferrals.map(deferralSummary),
  };
}
