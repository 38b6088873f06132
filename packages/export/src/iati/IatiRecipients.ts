import { LANGUAGES, formatQuantity, type Activity } from "@remit/core";
import { alpha2Of } from "./CountryCodes";
import {
  REGION_DEVELOPING_COUNTRIES_UNSPECIFIED,
  REGION_VOCABULARY_OECD_DAC,
  REGION_VOCABULARY_UN_M49,
} from "./IatiCodes";
import { emptyElement, parentElement, textElement } from "./IatiElements";
import { splitPercentages } from "./PercentageSplit";

const IN = "    ";
const IN2 = `${IN}  `;

interface Recipient {
  readonly element: "recipient-country" | "recipient-region";
  readonly attributes: Readonly<Record<string, string>>;
}

/** The named countries IATI can hold (ISO alpha-2), each once, then the M49 regions. */
function locatedRecipients(activity: Activity): Recipient[] {
  const countries = new Set<string>();
  for (const alpha3 of activity.countries.named) {
    const code = alpha2Of(alpha3);
    if (code !== undefined) countries.add(code);
  }
  return [
    ...[...countries].map((code): Recipient => ({ element: "recipient-country", attributes: { code } })),
    ...activity.regions.m49.map((code): Recipient => ({
      element: "recipient-region",
      attributes: { code, vocabulary: REGION_VOCABULARY_UN_M49 },
    })),
  ];
}

/** What the source says of a place it does not locate: "64 countries", "the ASEAN region". */
function unlocatedWords(activity: Activity): string {
  const words: string[] = [];
  const count = activity.countries.count;
  if (count !== undefined) words.push(`${formatQuantity(count, "en")} countries`);
  for (const region of activity.regions.named) {
    const name =
      region.name.en ?? LANGUAGES.map((language) => region.name[language]).find((text) => text !== undefined);
    if (name !== undefined) words.push(name);
  }
  return words.length === 0 ? "no country or region" : words.join("; ");
}

/**
 * An activity the sources do not locate (a global tool, a publication, "officials from 64
 * countries" with none named) as IATI's region 998 "Developing countries, unspecified" (DAC
 * region vocabulary 1) at 100 %, with a narrative saying what the source does say.
 */
function unlocated(activity: Activity): string {
  return parentElement(
    IN,
    "recipient-region",
    { code: REGION_DEVELOPING_COUNTRIES_UNSPECIFIED, vocabulary: REGION_VOCABULARY_OECD_DAC, percentage: "100" },
    textElement(
      IN2,
      "narrative",
      `Set by Remit: the source names no recipient country or M49 region (it states: ${unlocatedWords(activity)}).`,
      { "xml:lang": "en" },
    ),
  );
}

/**
 * `recipient-country` and `recipient-region` elements with percentages that sum to exactly
 * 100, as IATI's ruleset asks. The sources never split an activity between its places, so
 * each place named gets an equal share, and when there is more than one, a narrative on each
 * says the split is Remit's, not the source's. An activity with no place IATI can hold is
 * reported as "developing countries, unspecified".
 */
export function recipientElements(activity: Activity): string {
  const recipients = locatedRecipients(activity);
  if (recipients.length === 0) return unlocated(activity);
  const shares = splitPercentages(recipients.map(() => 1));
  const note =
    recipients.length === 1
      ? ""
      : textElement(
          IN2,
          "narrative",
          `Percentage set by Remit, not by the source: an equal share for each of the ${recipients.length} recipients named.`,
          { "xml:lang": "en" },
        );
  return recipients
    .map((recipient, index) => {
      const attributes = { ...recipient.attributes, percentage: shares[index] };
      return note === ""
        ? emptyElement(IN, recipient.element, attributes)
        : parentElement(IN, recipient.element, attributes, note);
    })
    .join("");
}
