import type { MandateNotFound, ObligationNotFound } from "../mandate/MandateErrors";
import type { NoReportTemplates } from "./ReportTemplateSets";

/** The mandate asks for no report, so there is nothing to build. */
export interface NoReportRequested {
  readonly _tag: "NoReportRequested";
  readonly mandateId: string;
  readonly message: string;
}

/** Builds a {@link NoReportRequested}. */
export function noReportRequested(mandateId: string): NoReportRequested {
  return {
    _tag: "NoReportRequested",
    mandateId,
    message: `mandate ${mandateId} has no reporting obligation: add one (reportTo a body's session) before building its report`,
  };
}

/**
 * Why a report cannot be built: the mandate is not among the records (`MandateNotFound`,
 * found by id or symbol), it asks for no report, the obligation asked for is not its own, or no
 * templates exist in the language asked for (`NoReportTemplates`).
 */
export type ReportError = MandateNotFound | NoReportRequested | ObligationNotFound | NoReportTemplates;
