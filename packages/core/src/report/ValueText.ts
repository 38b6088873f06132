import type { MetricValue } from "../metric/Observation";
import type { Share } from "../metric/Share";
import { formatNumber } from "../metric/QuantityFormat";
import { isShare, sharePercent } from "../metric/Share";
import type { ReportContext } from "./ReportContext";
import { quantityText } from "./ReportContext";

/**
 * A share's percentage as the report writes it, qualifier included: "40%", "more than 50%",
 * "超过50%". The percent of two counts is derived with its qualifier (`sharePercent`).
 */
export function percentText(context: ReportContext, share: Share): string {
  const percent = sharePercent(share);
  // Chinese writes "超过50%", never "50多%": the 多 of round counts does not go before a percent sign.
  if (context.language === "zh" && percent.qualifier === "atLeast" && percent.strict === true)
    return `超过${formatNumber(percent, "zh")}%`;
  // UN Arabic writes a percentage in words: "85 في المائة".
  if (context.language === "ar") return `${quantityText(context, percent)} في المائة`;
  // French sets the percent sign off with a no-break space ("85 %"), as UN French does.
  return `${quantityText(context, percent)}${context.language === "fr" ? "\u00a0" : ""}%`;
}

/**
 * How a figure reads: a quantity through `formatQuantity` ("more than 5,600", "28.5 million",
 * "5,600多", "2,850万"), a share as its percentage.
 * @example valueText(context, moreThan(5600)) // "more than 5,600"
 */
export function valueText(context: ReportContext, value: MetricValue): string {
  return isShare(value) ? percentText(context, value) : quantityText(context, value);
}

/**
 * The parts of a share a sentence can print: `whole` ("263") when the whole is known, and
 * `part` when the share was stated as two counts ("7" of "10"); a part derived from a
 * rounded percentage is not printed, since the source did not state it.
 */
export function shareParts(context: ReportContext, share: Share): { readonly whole?: string; readonly part?: string } {
  const whole = share.denominator === undefined ? undefined : quantityText(context, share.denominator);
  return {
    ...(whole !== undefined ? { whole } : {}),
    ...(share.basis === "counted" ? { part: quantityText(context, share.numerator) } : {}),
  };
}
