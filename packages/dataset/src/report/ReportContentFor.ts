import type { ReportContent } from "@remit/core";
import { CYBERCRIME_REPORT_CONTENT } from "./CybercrimeReportContent";

// GA 74/173 asked for the report the 2021 seed is (for the 29th session, deferred to the 30th).
// Its lineage (64/179, 65/230, CCPCJ 20/7 and 22/8) is recited in it but asked for other
// reports, and 74/247 asks the ad hoc committee for the outline and modalities of its work
// (to the Assembly's 75th session): none of them is written from this document.
const CONTENT_BY_MANDATE: ReadonlyMap<string, ReportContent> = new Map([["a-res-74-173", CYBERCRIME_REPORT_CONTENT]]);

/**
 * The report content the dataset knows for a mandate, by its record id: the 2021 cybercrime
 * report's for GA resolution 74/173, the mandate that report answers; undefined for every
 * other mandate, whose report core then refuses with `NoReportContent`. Pass it to
 * `reportOnMandate`, `storeLanguageCompleteness` or `createApi({ reportContent })`.
 * @example reportContentFor("a-res-74-173") === CYBERCRIME_REPORT_CONTENT // true
 */
export function reportContentFor(mandateId: string): ReportContent | undefined {
  return CONTENT_BY_MANDATE.get(mandateId);
}
