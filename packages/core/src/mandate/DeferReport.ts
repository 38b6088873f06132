import type { Provenance } from "../provenance/Provenance";
import type { LocalizedText } from "../text/LocalizedText";
import type { Mandate } from "./Mandate";
import { obligationNotFound, type InvalidDeferral, type ObligationNotFound } from "./MandateErrors";
import type { MandateLink } from "./MandateLink";
import { currentDueSession, type ReportDeferral, type ReportingObligation } from "./ReportingObligation";
import type { Result } from "../result/Result";

/** A deferral to apply: to which session, why, on whose decision, and where that is stated. */
export interface DeferralRequest {
  readonly toSession: number;
  readonly reason: LocalizedText;
  readonly decidedBy?: MandateLink;
  readonly provenance?: readonly Provenance[];
}

/** The mandate with the deferral applied, or why it cannot be. */
export type DeferReportResult = Result<Mandate, ObligationNotFound | InvalidDeferral>;

/**
 * Moves a report to a later session: appends a deferral from where the report is due now to
 * `request.toSession`, and marks it `deferred`. Returns a new mandate; the one given is left
 * as it is. A submitted report cannot be deferred, and a deferral must go to a later session.
 * @example
 * deferReport(mandate, "a-res-74-173-report", {
 *   toSession: 30,
 *   reason: { zh: "由于 COVID-19 大流行，第二十九届会议不得不以缩小规模的形式举行" },
 * })
 */
export function deferReport(mandate: Mandate, obligationId: string, request: DeferralRequest): DeferReportResult {
  const obligation = mandate.reportingObligations.find((candidate) => candidate.id === obligationId);
  if (obligation === undefined) {
    const known = mandate.reportingObligations.map((candidate) => candidate.id);
    return { ok: false, error: obligationNotFound(mandate.id, obligationId, known) };
  }
  const from = currentDueSession(obligation).sessionNumber;
  if (obligation.status === "submitted") {
    const issued = obligation.submittedAs === undefined ? "" : ` as ${obligation.submittedAs}`;
    return invalid(
      mandate,
      obligationId,
      "already-submitted",
      `the report was already submitted${issued} for session ${from}; a submitted report cannot be deferred`,
    );
  }
  if (!Number.isInteger(request.toSession) || request.toSession <= from) {
    return invalid(
      mandate,
      obligationId,
      "not-later",
      `the report is due at session ${from}; a deferral moves it to a later session, not to ${request.toSession}`,
    );
  }
  const deferral: ReportDeferral = {
    fromSession: from,
    toSession: request.toSession,
    reason: request.reason,
    ...(request.decidedBy === undefined ? {} : { decidedBy: request.decidedBy }),
    provenance: [...(request.provenance ?? [])],
  };
  const deferred: ReportingObligation = {
    ...obligation,
    deferrals: [...obligation.deferrals, deferral],
    status: "deferred",
  };
  return {
    ok: true,
    value: {
      ...mandate,
      reportingObligations: mandate.reportingObligations.map((candidate) =>
        candidate.id === obligationId ? deferred : candidate,
      ),
    },
  };
}

function invalid(
  mandate: Mandate,
  obligationId: string,
  reason: InvalidDeferral["reason"],
  detail: string,
): DeferReportResult {
  return {
    ok: false,
    error: {
      _tag: "InvalidDeferral",
      mandateId: mandate.id,
      obligationId,
      reason,
      message: `cannot defer report ${obligationId} of ${mandate.id}: ${detail}`,
    },
  };
}
