import type { Language } from "../text/Language";
import type { MetricValue } from "./Observation";
import { formatNumber, formatQuantity } from "./QuantityFormat";
import type { Share } from "./Share";
import { hasKnownWhole, isShare, sharePercent } from "./Share";

/** How `formatMetricValue` writes a share. */
export interface MetricValueTextOptions {
  /**
   * Whether a share is written with its whole when the whole is known: "40% of 263"
   * (the default, so that a share is never read as a bare percentage), or as "40%" alone
   * for a sentence that names the whole itself.
   */
  readonly whole?: boolean;
}

/** "40% of 263" in each official language: the percentage first, then the whole it is a share of. */
const OF_WHOLE: Readonly<Record<Language, (percent: string, whole: string) => string>> = {
  ar: (percent, whole) => `${percent} من ${whole}`,
  zh: (percent, whole) => `${percent}（共${whole}）`,
  en: (percent, whole) => `${percent} of ${whole}`,
  fr: (percent, whole) => `${percent} de ${whole}`,
  ru: (percent, whole) => `${percent} из ${whole}`,
  es: (percent, whole) => `${percent} de ${whole}`,
};

/**
 * A share's percentage with its qualifier: "40%", "more than 50%", "超过50%". The percent of
 * two counts is derived with its qualifier (`sharePercent`: 7 of more than 10 is less than 70%).
 */
function percentText(share: Share, language: Language): string {
  const percent = sharePercent(share);
  // Chinese writes "超过50%", never "50多%": the 多 of round counts does not go before a percent sign.
  if (language === "zh" && percent.qualifier === "atLeast" && percent.strict === true)
    return `超过${formatNumber(percent, "zh")}%`;
  // UN Arabic writes a percentage in words: "85 في المائة".
  if (language === "ar") return `${formatQuantity(percent, language)} في المائة`;
  // French sets the percent sign off with a no-break space ("85 %"), as UN French does.
  return `${formatQuantity(percent, language)}${language === "fr" ? "\u00a0" : ""}%`;
}

/**
 * A metric value as a reader sees it, in one language: a quantity with its qualifier and
 * written scale, without the unit (the indicator names what is counted): "more than 5,600",
 * "28.5 million", "5,600多"; a share as its percentage, with the whole it is a share of when
 * the whole is known (a rate has none): "40% of 263", "more than 50%", "70%（共10）". The one wording every
 * adapter and the report use, so a figure reads the same on a terminal, a page and in a report.
 * @example formatMetricValue({ basis: "percent", percent: exact(40), denominator: exact(263) }, "en") // "40% of 263"
 * @example formatMetricValue(moreThan(5600), "zh") // "5,600多"
 */
export function formatMetricValue(
  value: MetricValue,
  language: Language,
  options: MetricValueTextOptions = {},
): string {
  if (!isShare(value)) return formatQuantity(value, language);
  const percent = percentText(value, language);
  // A rate ("7 of every 10") has no whole to name: its denominator is the rate's base, not a count.
  if (options.whole === false || !hasKnownWhole(value)) return percent;
  return OF_WHOLE[language](percent, formatQuantity(value.denominator, language));
}
