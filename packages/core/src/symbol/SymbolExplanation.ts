import type { Citation } from "./Citation";
import { CITATION_BODY_NAMES, formatCitation } from "./Citation";
import { parseCitation } from "./CitationParser";
import { citationToSymbol, symbolToCitation } from "./CitationSymbol";
import type { DocumentSymbol } from "./DocumentSymbol";
import { formatSeriesComponent, formatSymbol } from "./DocumentSymbol";
import { ORGAN_RULES } from "./Organ";
import { formatRomanNumeral } from "./RomanNumeral";
import { ordinal } from "./SessionNumbering";
import { parseSymbol } from "./SymbolParser";
import { TREATY_BODY_RULES, type TreatyBody } from "./TreatyBody";
import { treatyPartsOf } from "./TreatyExplanation";
import { treatyBodyOfSymbol } from "./TreatyForm";
import {
  DOCUMENT_TYPE_LABELS,
  DocumentType,
  SLASHED_DOCUMENT_TYPES,
  MODIFIER_LABELS,
  SUBSIDIARY_BODY_LABELS,
  SYMBOL_CATEGORY_LABELS,
} from "./SymbolVocabulary";

/** One part of a symbol and what it means: `["session", "74", "the 74th session of the General Assembly"]`. */
export interface SymbolPartExplained {
  readonly part: string;
  readonly text: string;
  readonly meaning: string;
}

/**
 * What a symbol or citation is and means, or why it is neither: the answer to "what is
 * A/RES/74/173?" that a command line, an HTTP API or a page shows as it is.
 */
export type SymbolExplanation =
  | {
      readonly input: string;
      readonly ok: true;
      /** The normalised symbol, when the input is a symbol or a citation that has one. */
      readonly symbol?: string;
      /** The citation in words ("General Assembly resolution 74/173"), when there is one. */
      readonly citation?: string;
      /** Why a citation has no symbol of its own (CCPCJ resolutions, decisions). */
      readonly note?: string;
      readonly parts: readonly SymbolPartExplained[];
    }
  | { readonly input: string; readonly ok: false; readonly error: SymbolProblem };

/** Why an input is neither a valid symbol nor a valid citation: the parser's own words. */
export interface SymbolProblem {
  /** Whether the input was read as a symbol (`A/624/123`) or a citation ("CCPCJ resolution 22/8"). */
  readonly kind: "symbol" | "citation";
  readonly input: string;
  /** The part at fault: "session", "organ", "kind", … */
  readonly part: string;
  /** The character offset (from 0) where the fault starts. */
  readonly offset: number;
  readonly reason: string;
  /** The whole explanation: where, what, and what a valid symbol looks like there. */
  readonly message: string;
}

function seriesMeaning(component: DocumentSymbol["series"][number], treatyBody: TreatyBody | undefined): string {
  if (treatyBody !== undefined) {
    const protocol =
      component.kind === "series" ? TREATY_BODY_RULES[treatyBody].protocols?.[component.name] : undefined;
    return protocol ?? TREATY_BODY_RULES[treatyBody].name;
  }
  if (component.kind === "committee") return "the Committee";
  return component.kind === "body"
    ? `${SUBSIDIARY_BODY_LABELS[component.code]} no. ${component.number}`
    : `the ${component.name} series`;
}

function partsOf(symbol: DocumentSymbol): SymbolPartExplained[] {
  const organ = ORGAN_RULES[symbol.organ];
  const parts: SymbolPartExplained[] = [{ part: "organ", text: symbol.organ, meaning: organ.name }];
  const treatyBody = treatyBodyOfSymbol(symbol);
  for (const component of symbol.series)
    parts.push({
      part: "series",
      text: formatSeriesComponent(component),
      meaning: seriesMeaning(component, treatyBody),
    });
  const treatyParts = treatyBody === undefined ? [] : treatyPartsOf(symbol, treatyBody);
  if (treatyParts.length > 0) parts.push(...treatyParts);
  else parts.push(...standardPartsOf(symbol), ...adoptionPartsOf(symbol));
  // A joint general comment is also the other body's: its half is explained the same way.
  const joint = symbol.joint === undefined ? [] : partsOf(symbol.joint);
  return [...parts, ...modifierPartsOf(symbol), ...joint];
}

/** The category, session or year and document of a symbol in the common grammar. */
function standardPartsOf(symbol: DocumentSymbol): SymbolPartExplained[] {
  const organ = ORGAN_RULES[symbol.organ];
  const parts: SymbolPartExplained[] = [];
  if (symbol.category !== undefined)
    parts.push({ part: "category", text: symbol.category, meaning: SYMBOL_CATEGORY_LABELS[symbol.category] });
  if (symbol.period?.kind === "session") {
    parts.push({
      part: "session",
      text: String(symbol.period.session),
      meaning: `the ${ordinal(symbol.period.session)} session of ${organ.name}`,
    });
  } else if (symbol.period?.kind === "year") {
    parts.push({ part: "year", text: String(symbol.period.year), meaning: `issued in ${symbol.period.year}` });
  }
  if (symbol.specialSession !== undefined) {
    const { emergency, session } = symbol.specialSession;
    parts.push({
      part: "session",
      text: `${emergency ? "ES" : "S"}-${session}`,
      meaning: `the ${ordinal(session)} ${emergency ? "emergency special" : "special"} session of ${organ.name}`,
    });
  }
  const { type, number } = symbol.document;
  const plain = DocumentType.safeParse(type);
  parts.push({
    part: "document",
    text: plain.success
      ? `${plain.data}${SLASHED_DOCUMENT_TYPES.has(plain.data) ? "/" : "."}${number}`
      : String(number),
    meaning: plain.success ? `${DOCUMENT_TYPE_LABELS[plain.data]} no. ${number}` : `document number ${number}`,
  });
  return parts;
}

/** The part, session or year of adoption written in parentheses after a resolution's number. */
function adoptionPartsOf(symbol: DocumentSymbol): SymbolPartExplained[] {
  const organ = ORGAN_RULES[symbol.organ];
  const parts: SymbolPartExplained[] = [];
  if (symbol.resolutionPart !== undefined) {
    const letter = symbol.resolutionPart;
    parts.push({ part: "document", text: letter, meaning: `part ${letter} of a resolution adopted in parts` });
  }
  if (symbol.adoptionYear !== undefined) {
    const year = symbol.adoptionYear;
    parts.push({ part: "year", text: `(${year})`, meaning: `adopted in ${year}` });
  }
  if (symbol.adoptionSession !== undefined) {
    const session = symbol.adoptionSession;
    parts.push({
      part: "session",
      text: `(${formatRomanNumeral(session)})`,
      meaning: `adopted at the ${ordinal(session)} session of ${organ.name}`,
    });
  }
  if (symbol.adoptionSpecialSession !== undefined) {
    const { emergency, session } = symbol.adoptionSpecialSession;
    parts.push({
      part: "session",
      text: `(${emergency ? "ES" : "S"}-${formatRomanNumeral(session)})`,
      meaning: `adopted at the ${ordinal(session)} ${emergency ? "emergency special" : "special"} session of ${organ.name}`,
    });
  }
  return parts;
}

/** The modifiers and the reissue mark, which end every symbol. */
function modifierPartsOf(symbol: DocumentSymbol): SymbolPartExplained[] {
  const parts: SymbolPartExplained[] = [];
  for (const modifier of symbol.modifiers) {
    parts.push(
      "number" in modifier
        ? {
            part: "modifier",
            text: `${modifier.type}.${modifier.number}`,
            meaning: `${MODIFIER_LABELS[modifier.type]} no. ${modifier.number}`,
          }
        : { part: "modifier", text: modifier.type, meaning: MODIFIER_LABELS[modifier.type] },
    );
  }
  if (symbol.reissue !== undefined) {
    parts.push({
      part: "modifier",
      text: "*".repeat(symbol.reissue),
      meaning:
        symbol.reissue === 1
          ? "reissued for technical reasons"
          : `reissued ${symbol.reissue} times for technical reasons`,
    });
  }
  return parts;
}

function citationParts(citation: Citation): SymbolPartExplained[] {
  const period =
    "year" in citation
      ? { part: "year", text: String(citation.year), meaning: `adopted in ${citation.year}` }
      : { part: "session", text: String(citation.session), meaning: `the ${ordinal(citation.session)} session` };
  return [
    {
      part: "body",
      text: CITATION_BODY_NAMES[citation.bodyId].short,
      meaning: CITATION_BODY_NAMES[citation.bodyId].en,
    },
    { part: "kind", text: citation.kind, meaning: citation.kind === "resolution" ? "a resolution" : "a decision" },
    period,
    { part: "number", text: String(citation.number), meaning: `number ${citation.number}` },
  ];
}

/** Whether a text reads as a citation in words ("CCPCJ resolution 22/8") rather than a symbol. */
function looksLikeCitation(text: string): boolean {
  // "A/RES/74 /173" is a symbol with a stray blank, not a citation: a series and a slash come first.
  if (/^[A-Za-z]+(?:\.\d+)?\//u.test(text.trim())) return false;
  return /\s/.test(text.trim()) || /[\u4e00-\u9fff]/.test(text);
}

/**
 * Parses and explains a document symbol (`A/RES/74/173`) or a citation
 * ("CCPCJ resolution 22/8", "大会第74/173号决议"): its normalised form, each part and what it
 * means, and the other way of citing it. An invalid input gets the parser's precise error:
 * where (character offset, part), what is wrong, and what is expected there.
 * @example explainSymbol("A/624/123") // { ok: false, error: { part: "session", offset: 2, … } }
 */
export function explainSymbol(input: string, referenceDate?: Date): SymbolExplanation {
  const options = referenceDate === undefined ? {} : { referenceDate };
  const parsed = parseSymbol(input, options);
  if (parsed.ok) {
    const citation = symbolToCitation(parsed.symbol);
    return {
      input,
      ok: true,
      symbol: formatSymbol(parsed.symbol),
      ...(citation === undefined ? {} : { citation: formatCitation(citation, "en") }),
      parts: partsOf(parsed.symbol),
    };
  }
  const cited = parseCitation(input, options);
  if (cited.ok) {
    const symbol = citationToSymbol(cited.citation);
    return {
      input,
      ok: true,
      citation: formatCitation(cited.citation, "en"),
      ...(symbol.symbol === null ? { note: symbol.reason } : { symbol: symbol.text }),
      parts: citationParts(cited.citation),
    };
  }
  const [kind, error] = looksLikeCitation(input)
    ? (["citation", cited.error] as const)
    : (["symbol", parsed.error] as const);
  return {
    input,
    ok: false,
    error: { kind, input, part: error.part, offset: error.offset, reason: error.reason, message: error.message },
  };
}
