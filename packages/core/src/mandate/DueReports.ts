import * as z from "zod/mini";
import { RecordId } from "../record/RecordId";
import type { Mandate } from "./Mandate";
import { currentDueSession, type ReportDeferral, type ReportingObligation } from "./ReportingObligation";
import type { SessionRef } from "./SessionRef";

/**
 * A report asked of a session, with the mandate that asked for it and its deferral history.
 * `disposition` is `due` when the report is due at the session asked about, and
 * `deferred-away` when it was due there once and was moved on (then `dueSession` is where it
 * went).
 */
export interface DueReport {
  readonly mandate: Mandate;
  readonly obligation: ReportingObligation;
  readonly disposition: "due" | "deferred-away";
  /** Where the report is due after all deferrals. */
  readonly dueSession: SessionRef;
  /** Every deferral of the report, oldest first. */
  readonly deferrals: readonly ReportDeferral[];
}

/** Options of {@link dueReports}. */
export interface DueReportsOptions {
  /** Also list reports that were due at the session and were deferred to a later one. */
  readonly includeDeferredAway?: boolean;
}

/**
 * The question "which reports are due at this session?" as a query takes it: the body the
 * reports go to, the session's number, and whether to list the reports deferred away from
 * it too. The input of `Store.reportsDue`, validated once at the edge (a command line, an
 * HTTP query).
 * @example ReportsDueQuery.parse({ bodyId: "ccpcj", sessionNumber: 29, includeDeferredAway: true })
 */
export const ReportsDueQuery = z.strictObject({
  bodyId: RecordId,
  sessionNumber: z.int().check(z.positive()),
  /** Also list reports that were due at the session and were deferred to a later one. */
  includeDeferredAway: z.optional(z.boolean()),
});
/** Which reports are due at a session. */
export type ReportsDueQuery = z.infer<typeof ReportsDueQuery>;

/**
 * What reports are due at session `sessionNumber` of body `bodyId`, after deferrals: a report
 * deferred from the 29th to the 30th session is due at the 30th, and at the 29th appears only
 * as `deferred-away`, and only when asked for. Submitted reports are listed too, since they
 * were due there; read `obligation.status`. Reports due come first, then those deferred away;
 * each group in mandate order, then obligation order.
 * @example dueReports(mandates, "ccpcj", 30) // [{ mandate: 74/173, disposition: "due", deferrals: [29 → 30], ... }]
 */
export function dueReports(
  mandates: readonly Mandate[],
  bodyId: string,
  sessionNumber: number,
  options: DueReportsOptions = {},
): DueReport[] {
  const due: DueReport[] = [];
  const deferredAway: DueReport[] = [];
  for (const mandate of mandates) {
    for (const obligation of mandate.reportingObligations) {
      if (obligation.reportTo.bodyId !== bodyId) continue;
      const dueSession = currentDueSession(obligation);
      const report = { mandate, obligation, dueSession, deferrals: obligation.deferrals };
      if (dueSession.sessionNumber === sessionNumber) {
        due.push({ ...report, disposition: "due" });
      } else if (
        options.includeDeferredAway === true &&
        obligation.deferrals.some((deferral) => deferral.fromSession === sessionNumber)
      ) {
        deferredAway.push({ ...report, disposition: "deferred-away" });
      }
    }
  }
  return [...due, ...deferredAway];
}
