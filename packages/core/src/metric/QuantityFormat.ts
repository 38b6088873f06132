import type { Language } from "../text/Language";
import type { Quantity } from "./Quantity";

/** How a qualifier is worded around a formatted number, in one language. */
interface QualifierWording {
  readonly approximately: (n: string) => string;
  readonly nearly: (n: string) => string;
  readonly moreThan: (n: string, quantity: Quantity) => string;
  readonly atLeast: (n: string) => string;
  readonly fewerThan: (n: string) => string;
  readonly atMost: (n: string) => string;
}

/**
 * Chinese follows the seed's own usage: "130多名", "5,600多名", "24,400多人" for round whole
 * numbers, but "超过280万次" for a figure written with 万/亿 and for other numbers, where a
 * trailing 多 would read wrongly.
 */
function chineseMoreThan(n: string, quantity: Quantity): string {
  const round = quantity.multiplier === undefined && Number.isInteger(quantity.value) && quantity.value % 10 === 0;
  return round && quantity.value > 0 ? `${n}多` : `超过${n}`;
}

const WORDING: Readonly<Record<Language, QualifierWording>> = {
  ar: {
    approximately: (n) => `نحو ${n}`,
    nearly: (n) => `ما يقرب من ${n}`,
    moreThan: (n) => `أكثر من ${n}`,
    atLeast: (n) => `ما لا يقل عن ${n}`,
    fewerThan: (n) => `أقل من ${n}`,
    atMost: (n) => `ما لا يزيد على ${n}`,
  },
  zh: {
    approximately: (n) => `大约${n}`,
    nearly: (n) => `近${n}`,
    moreThan: chineseMoreThan,
    atLeast: (n) => `至少${n}`,
    fewerThan: (n) => `不到${n}`,
    atMost: (n) => `至多${n}`,
  },
  en: {
    approximately: (n) => `about ${n}`,
    nearly: (n) => `nearly ${n}`,
    moreThan: (n) => `more than ${n}`,
    atLeast: (n) => `at least ${n}`,
    fewerThan: (n) => `fewer than ${n}`,
    atMost: (n) => `at most ${n}`,
  },
  fr: {
    approximately: (n) => `environ ${n}`,
    nearly: (n) => `près de ${n}`,
    moreThan: (n) => `plus de ${n}`,
    atLeast: (n) => `au moins ${n}`,
    fewerThan: (n) => `moins de ${n}`,
    atMost: (n) => `au plus ${n}`,
  },
  ru: {
    approximately: (n) => `около ${n}`,
    nearly: (n) => `почти ${n}`,
    moreThan: (n) => `более ${n}`,
    atLeast: (n) => `не менее ${n}`,
    fewerThan: (n) => `менее ${n}`,
    atMost: (n) => `не более ${n}`,
  },
  es: {
    approximately: (n) => `aproximadamente ${n}`,
    nearly: (n) => `casi ${n}`,
    moreThan: (n) => `más de ${n}`,
    atLeast: (n) => `al menos ${n}`,
    fewerThan: (n) => `menos de ${n}`,
    atMost: (n) => `como máximo ${n}`,
  },
};

/**
 * The number of a quantity in a language's own digits and grouping. A figure written with a
 * multiplier is written in words at the language's own scale ("28.5 million", "2,850万",
 * "28,5 millions"): Chinese counts in 万 and 亿 rather than millions, as the seed does.
 */
export function formatNumber(quantity: Quantity, language: Language): string {
  // UN Arabic documents print Western digits; some ICU versions default Arabic to Arabic-Indic.
  const locale = language === "ar" ? "ar-u-nu-latn" : language;
  const format =
    quantity.multiplier === undefined
      ? // CLDR leaves four-digit numbers ungrouped in Spanish ("5600"); UN Spanish writes "5.600".
        new Intl.NumberFormat(language, {
          maximumFractionDigits: 2,
          ...(language === "es" ? { useGrouping: "always" } : {}),
        })
      : new Intl.NumberFormat(locale, {
          notation: "compact",
          compactDisplay: "long",
          maximumFractionDigits: 3,
          useGrouping: "always",
        });
  return format.format(quantity.value);
}

/**
 * A quantity as a reader sees it, number and qualifier, without the unit (the sentence
 * supplies the noun): "more than 5,600", "about 300,000", "nearly 2 billion", "28.5 million", "5,600多",
 * "超过280万", "大约300,000". "More than" and "at least" differ by the quantity's `strict`.
 * @example formatQuantity(moreThan(5600), "en") // "more than 5,600"
 */
export function formatQuantity(quantity: Quantity, language: Language): string {
  const n = formatNumber(quantity, language);
  const wording = WORDING[language];
  switch (quantity.qualifier) {
    case "exact":
      return n;
    case "approximately":
      return wording.approximately(n);
    case "nearly":
      return wording.nearly(n);
    case "atLeast":
      return quantity.strict === true ? wording.moreThan(n, quantity) : wording.atLeast(n);
    case "atMost":
      return quantity.strict === true ? wording.fewerThan(n) : wording.atMost(n);
  }
}
