import type { Language } from "../text/Language";
import { displayText } from "../text/LocalizedText";
import type { DeferralSummary } from "./DueReportSummary";

/**
 * A deferral on one line in the reader's language: from which session to which, why (its
 * reason in that language or the nearest one it has), and by which decision when one is known.
 * @example deferralTextIn(deferral, "en") // "29 → 30: the twenty-ninth session met in reduced format (ccpcj-dec-29-1)"
 */
export function deferralTextIn(deferral: DeferralSummary, language: Language): string {
  const by = deferral.decidedBy === undefined ? "" : ` (${deferral.decidedBy})`;
  return `${deferral.fromSession} → ${deferral.toSession}: ${displayText(deferral.reason, [language])}${by}`;
}
