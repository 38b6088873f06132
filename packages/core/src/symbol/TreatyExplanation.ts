import type { DocumentSymbol } from "./DocumentSymbol";
import { ordinal } from "./SessionNumbering";
import { statePartyName } from "./StatePartyCode";
import type { TreatyBody } from "./TreatyBody";
import { TREATY_BODY_RULES } from "./TreatyBody";

/** One part of a treaty body's symbol and what it means, as `explainSymbol` lists it. @internal */
export interface TreatyPartExplained {
  readonly part: string;
  readonly text: string;
  readonly meaning: string;
}

/** "the 8th periodic report", "the initial report", "the combined 7th and 8th periodic reports". */
function reportsMeaning(number: number, last: number | undefined): string {
  if (last === undefined) return number === 1 ? "the initial report" : `the ${ordinal(number)} periodic report`;
  const numbers = Array.from({ length: last - number + 1 }, (_, i) => ordinal(number + i));
  const listed = `${numbers.slice(0, -1).join(", ")} and ${numbers[numbers.length - 1] ?? ""}`;
  return `the combined ${listed} periodic reports`;
}

const DOCUMENT_MEANINGS = {
  CO: "concluding observations on",
  Q: "list of issues on",
  QPR: "list of issues prior to the submission of",
} as const;

/**
 * The parts of a treaty body's own forms after its series, in words: the State party, the
 * report and what was issued on it, the general comment, or the communication decided.
 * @internal
 */
export function treatyPartsOf(symbol: DocumentSymbol, body: TreatyBody): TreatyPartExplained[] {
  const rules = TREATY_BODY_RULES[body];
  const { type, number, last, year } = symbol.document;
  const numbered = last === undefined ? String(number) : `${number}-${last}`;
  if (type === "GC") {
    return [
      { part: "document", text: "GC", meaning: `a ${rules.generalTexts ?? "general comment"} of ${rules.name}` },
      { part: "document", text: String(number), meaning: `${rules.generalTexts ?? "general comment"} no. ${number}` },
    ];
  }
  if (type === "D" && symbol.period?.kind === "session") {
    const session = symbol.period.session;
    return [
      {
        part: "session",
        text: String(session),
        meaning: `adopted at the ${ordinal(session)} session of ${rules.name}`,
      },
      { part: "document", text: "D", meaning: "views or decision on an individual communication" },
      { part: "document", text: String(number), meaning: `communication no. ${number}/${year ?? ""}` },
      { part: "year", text: String(year), meaning: `the communication was registered in ${year ?? ""}` },
    ];
  }
  if (symbol.country === undefined) return [];
  const parts: TreatyPartExplained[] = [
    {
      part: "country",
      text: symbol.country,
      meaning: `the State party: ${statePartyName(symbol.country) ?? symbol.country}`,
    },
  ];
  const reports = rules.reports === "visit" ? `the report on visit no. ${number}` : reportsMeaning(number, last);
  if (type === "CO" || type === "Q" || type === "QPR") {
    parts.push(
      { part: "document", text: type, meaning: DOCUMENT_MEANINGS[type] },
      { part: "document", text: numbered, meaning: reports },
    );
  } else {
    parts.push({
      part: "document",
      text: numbered,
      meaning: rules.reports === "visit" ? reports : `${reports}, submitted by the State party`,
    });
  }
  return parts;
}
