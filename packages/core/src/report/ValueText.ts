import type { MetricValue } from "../metric/Observation";
import { formatMetricValue } from "../metric/MetricValueText";
import type { Share } from "../metric/Share";
import type { ReportContext } from "./ReportContext";
import { quantityText } from "./ReportContext";

/**
 * How a figure reads in a sentence: `formatMetricValue` without the whole, which the
 * templates name themselves (`shareParts`): "more than 5,600", "5,600多", "40%", "超过50%".
 * @example valueText(context, moreThan(5600)) // "more than 5,600"
 */
export function valueText(context: ReportContext, value: MetricValue): string {
  return formatMetricValue(value, context.language, { whole: false });
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
