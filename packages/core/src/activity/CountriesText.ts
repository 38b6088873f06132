import type { MessageCatalog } from "../message/MessageCatalog";
import { formatMessage } from "../message/MessageCatalog";
import type { MessageSchemaOf } from "../message/MessageSlots";
import type { CountryCoverage } from "../metric/CountryCoverage";
import { formatQuantity } from "../metric/QuantityFormat";
import { joinItemsIn } from "../report/ListJoining";
import { countryNameIn } from "../report/PlaceNames";
import type { Language } from "../text/Language";

/** "64 countries" in English, where the words and their slots are written once. */
export const ENGLISH_COUNTRY_COUNT_WORDS = {
  counted: "{count, plural, one {{quantity} country} other {{quantity} countries}}",
} as const;

type CountryCountSlots = MessageSchemaOf<typeof ENGLISH_COUNTRY_COUNT_WORDS, { readonly counted: "qualifier" }>;

/**
 * A number of countries in words in the six languages: `quantity` is the count as written in
 * the language (with its qualifier: "about 64"); Russian chooses the noun's case by `qualifier`
 * ("около 64 стран" against "64 страны").
 */
export const COUNTRY_COUNT_WORDS: Readonly<Record<Language, MessageCatalog<CountryCountSlots>>> = {
  ar: {
    language: "ar",
    messages: {
      counted:
        "{count, plural, zero {لا بلدان} one {بلد واحد} two {بلدان اثنان} few {{quantity} بلدان} many {{quantity} بلدًا} other {{quantity} بلد}}",
    },
  },
  zh: {
    language: "zh",
    messages: {
      counted: "{count, plural, other {{quantity}个国家}}",
    },
  },
  en: { language: "en", messages: ENGLISH_COUNTRY_COUNT_WORDS },
  fr: {
    language: "fr",
    messages: {
      counted: "{count, plural, one {{quantity} pays} many {{quantity} de pays} other {{quantity} pays}}",
    },
  },
  ru: {
    language: "ru",
    messages: {
      counted:
        "{qualifier, select, exact {{count, plural, one {{quantity} страна} few {{quantity} страны} many {{quantity} стран} other {{quantity} страны}}} nearly {{count, plural, one {{quantity} страна} few {{quantity} страны} many {{quantity} стран} other {{quantity} страны}}} other {{count, plural, one {{quantity} страны} few {{quantity} стран} many {{quantity} стран} other {{quantity} страны}}}}",
    },
  },
  es: {
    language: "es",
    messages: {
      counted: "{count, plural, one {{quantity} país} many {{quantity} de países} other {{quantity} países}}",
    },
  },
};

/**
 * The countries an activity assists, in words: the ones it names, listed as the language lists
 * them, or, when the records give only their number ("from 64 countries"), that number in
 * words ("64 countries", "64个国家"), never a list made up from it; undefined when neither is
 * given. A count beyond the named countries follows them ("Belize and Costa Rica (64
 * countries)"). Countries are named by `nameOf` (alpha-3 code to name), by default core's
 * `countryNameIn`.
 * @example countriesTextIn({ named: [], count: { value: 64, qualifier: "exact" } }, "fr") // "64 pays"
 */
export function countriesTextIn(
  coverage: CountryCoverage,
  language: Language,
  nameOf: (code: string) => string = (code) => countryNameIn(code, language),
): string | undefined {
  const counted =
    coverage.count === undefined
      ? undefined
      : formatMessage(COUNTRY_COUNT_WORDS[language], "counted", {
          count: coverage.count.value,
          quantity: formatQuantity(coverage.count, language),
          qualifier: coverage.count.qualifier,
        });
  if (coverage.named.length === 0) return counted;
  const named = joinItemsIn(language, coverage.named.map(nameOf));
  return counted === undefined || coverage.count!.value <= coverage.named.length ? named : `${named} (${counted})`;
}
