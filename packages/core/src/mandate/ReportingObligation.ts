import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { Inference } from "../provenance/Inference";
import { Provenance } from "../provenance/Provenance";
import { RecordId } from "../record/RecordId";
import { DocumentReferenceText } from "../symbol";
import { LocalizedText } from "../text/LocalizedText";
import { MandateLink } from "./MandateLink";
import { SessionRef } from "./SessionRef";

/**
 * A decision to move a report from one session of the receiving body to a later one, with
 * the reason. GA 74/173 asked for a report to the Commission's 29th session; it went to the
 * 30th because the 29th met in reduced format during COVID-19 (2021 report, summary).
 * `decidedBy` names the decision that moved it, when the source names one.
 */
export const ReportDeferral = z
  .strictObject({
    fromSession: z.int().check(z.positive()),
    toSession: z.int().check(z.positive()),
    reason: LocalizedText,
    decidedBy: z.optional(MandateLink),
    provenance: z.array(Provenance),
  })
  .check(
    z.refine((deferral) => deferral.toSession > deferral.fromSession, {
      message: "a deferral moves a report to a later session: toSession must be greater than fromSession",
      params: rule("deferral.laterSession", {}),
      path: ["toSession"],
    }),
  );
/** A decision to move a report to a later session. */
export type ReportDeferral = z.infer<typeof ReportDeferral>;

/**
 * Where a report stands: `pending` (not yet due or not yet submitted), `deferred` (moved
 * to a later session and awaited there), `submitted` (issued for its session).
 */
export const ReportStatus = z.enum(["pending", "deferred", "submitted"]);
/** Where a report stands. */
export type ReportStatus = z.infer<typeof ReportStatus>;

/**
 * A mandate's request for a report to a numbered session of a body, with the history of
 * its deferrals. The deferrals form a chain: the first starts at `reportTo`, each next one
 * starts where the previous ended, and the last one's `toSession` is where the report is
 * due now (see `currentDueSession`). `submittedAs` is the report's document symbol, when
 * known, or its partial symbol when only the number is unknown ("E/CN.15/2021/…", the 2021
 * report under GA 74/173); a report may be submitted with its symbol unknown altogether.
 * `statusInferred` marks a status the sources imply rather than state, with the reasoning.
 * @example
 * ReportingObligation.parse({
 *   id: "a-res-74-173-report",
 *   reportTo: { bodyId: "ccpcj", sessionNumber: 29 },
 *   deferrals: [{ fromSession: 29, toSession: 30, reason: { en: "the 29th session met in reduced format" }, provenance: [] }],
 *   status: "submitted",
 *   provenance: [],
 * })
 */
export const ReportingObligation = z
  .strictObject({
    id: RecordId,
    reportTo: SessionRef,
    subject: z.optional(LocalizedText),
    deferrals: z.array(ReportDeferral),
    status: ReportStatus,
    statusInferred: z.optional(Inference),
    submittedAs: z.optional(DocumentReferenceText),
    provenance: z.array(Provenance),
  })
  .check(
    z.superRefine((obligation, context) => {
      let expectedFrom = obligation.reportTo.sessionNumber;
      obligation.deferrals.forEach((deferral, index) => {
        if (deferral.fromSession !== expectedFrom) {
          context.addIssue({
            code: "custom",
            path: ["deferrals", index, "fromSession"],
            message: `deferral ${index + 1} starts at session ${deferral.fromSession}, but the report was then due at session ${expectedFrom}: each deferral must start where the report was due`,
            params: rule("deferral.startsWhereDue", {
              deferral: index + 1,
              from: deferral.fromSession,
              due: expectedFrom,
            }),
          });
        }
        expectedFrom = deferral.toSession;
      });
      if (obligation.status === "deferred" && obligation.deferrals.length === 0) {
        context.addIssue({
          code: "custom",
          path: ["status"],
          message: "status is 'deferred' but no deferral is recorded: add the deferral or use 'pending'",
          params: rule("obligation.deferredWithoutDeferral", {}),
        });
      }
      if (obligation.submittedAs !== undefined && obligation.status !== "submitted") {
        context.addIssue({
          code: "custom",
          path: ["status"],
          message: `the report was issued as ${obligation.submittedAs}, so its status must be 'submitted', not '${obligation.status}'`,
          params: rule("obligation.issuedNotSubmitted", { symbol: obligation.submittedAs, status: obligation.status }),
        });
      }
    }),
  );
/** A mandate's request for a report to a session, with its deferrals. */
export type ReportingObligation = z.infer<typeof ReportingObligation>;

/**
 * The session at which a report is due after all its deferrals: the last deferral's
 * `toSession`, or the session first asked for.
 * @example currentDueSession(obligation74173) // { bodyId: "ccpcj", sessionNumber: 30 }
 */
export function currentDueSession(obligation: ReportingObligation): SessionRef {
  const last = obligation.deferrals.at(-1);
  return {
    bodyId: obligation.reportTo.bodyId,
    sessionNumber: last === undefined ? obligation.reportTo.sessionNumber : last.toSession,
  };
}

/** Whether a report was ever due at `sessionNumber` and moved away from it. */
export function wasDeferredFrom(obligation: ReportingObligation, sessionNumber: number): boolean {
  return obligation.deferrals.some((deferral) => deferral.fromSession === sessionNumber);
}
