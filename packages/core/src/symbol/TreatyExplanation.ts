import type { DocumentSymbol } from "./DocumentSymbol";
import { ordinal } from "./SessionNumbering";
import { UN_TERRITORY_CODES, statePartyName } from "./StatePartyCode";
import { bodyOf, ordinalValues, said, type SymbolSaid } from "./SymbolSaid";
import type { TreatyBody } from "./TreatyBody";
import { TREATY_BODY_RULES } from "./TreatyBody";

/** One part of a treaty body's symbol and what it means, as `explainSymbol` lists it. @internal */
export interface TreatyPartExplained {
  readonly part: string;
  readonly text: string;
  readonly meaning: SymbolSaid;
}

/** "the 8th periodic report", "the initial report", "the combined 7th and 8th periodic reports". */
function reportsMeaning(number: number, last: number | undefined): SymbolSaid {
  if (last === undefined) {
    return number === 1 ? said("mean.initialReport") : said("mean.periodicReport", ordinalValues("n", number));
  }
  const numbers = Array.from({ length: last - number + 1 }, (_, i) => ordinal(number + i));
  const list = `${numbers.slice(0, -1).join(", ")} and ${numbers[numbers.length - 1] ?? ""}`;
  return said("mean.combinedReports", { n: number, last, list });
}

/** The State party's name: a listed territory's by code, else the country's UN short name in the reader's language. */
function statePartyMeaning(code: string): SymbolSaid {
  if (Object.hasOwn(UN_TERRITORY_CODES, code)) return said("mean.stateParty", { name: said("territory", { code }) });
  return said("mean.stateParty", { name: statePartyName(code) === undefined ? code : { country: code } });
}

/**
 * The parts of a treaty body's own forms after its series, in words: the State party, the
 * report and what was issued on it, the general comment, or the communication decided.
 * @internal
 */
export function treatyPartsOf(symbol: DocumentSymbol, body: TreatyBody): TreatyPartExplained[] {
  const rules = TREATY_BODY_RULES[body];
  const { type, number, last, year } = symbol.document;
  const numbered = last === undefined ? String(number) : `${number}-${last}`;
  const texts = said("generalTexts", {
    kind: rules.generalTexts === "general recommendation" ? "recommendation" : "comment",
  });
  if (type === "GC") {
    return [
      { part: "document", text: "GC", meaning: said("mean.generalText", { texts, body: bodyOf(body) }) },
      { part: "document", text: String(number), meaning: said("mean.generalTextNumber", { texts, n: number }) },
    ];
  }
  if (type === "D" && symbol.period?.kind === "session") {
    const session = symbol.period.session;
    return [
      {
        part: "session",
        text: String(session),
        meaning: said("mean.viewsSession", { ...ordinalValues("n", session), body: bodyOf(body) }),
      },
      { part: "document", text: "D", meaning: said("mean.views") },
      { part: "document", text: String(number), meaning: said("mean.communication", { n: number, year: year ?? "" }) },
      { part: "year", text: String(year), meaning: said("mean.registered", { year: year ?? "" }) },
    ];
  }
  if (symbol.country === undefined) return [];
  const parts: TreatyPartExplained[] = [
    { part: "country", text: symbol.country, meaning: statePartyMeaning(symbol.country) },
  ];
  const reports = rules.reports === "visit" ? said("mean.visitReport", { n: number }) : reportsMeaning(number, last);
  if (type === "CO" || type === "Q" || type === "QPR") {
    parts.push(
      { part: "document", text: type, meaning: said("mean.issuedOn", { type }) },
      { part: "document", text: numbered, meaning: reports },
    );
  } else {
    parts.push({
      part: "document",
      text: numbered,
      meaning: rules.reports === "visit" ? reports : said("mean.submitted", { reports }),
    });
  }
  return parts;
}
