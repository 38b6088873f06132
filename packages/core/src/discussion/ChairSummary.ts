import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { DocumentSymbolText } from "../symbol";
import { LocalizedText } from "../text/LocalizedText";

/**
 * The Chair's summary of the most salient points, written at the end of the discussion
 * (decision 18/1 (c)(vii)): its text, the document it was issued in, or both.
 */
export const ChairSummary = z
  .strictObject({
    text: z.optional(LocalizedText),
    symbol: z.optional(DocumentSymbolText),
  })
  .check(
    z.refine((summary) => summary.text !== undefined || summary.symbol !== undefined, {
      message: "a Chair's summary needs its text, its document symbol or both",
      params: rule("chairSummary.textOrSymbol", {}),
    }),
  );
/** The Chair's summary of a thematic discussion. */
export type ChairSummary = z.infer<typeof ChairSummary>;
