import { citationSaid, formatCitationErrorIn } from "./CitationWords";
import { adoptionSpecialSessionText } from "./RomanSessionForm";
import type { Language } from "../text/Language";
import type { Citation } from "./Citation";
import { CITATION_BODY_NAMES } from "./Citation";
import { parseCitation } from "./CitationParser";
import { citationToSymbol, symbolToCitation } from "./CitationSymbol";
import type { DocumentSymbol } from "./DocumentSymbol";
import { formatSeriesComponent, formatSymbol } from "./DocumentSymbol";
import { formatRomanNumeral } from "./RomanNumeral";
import { bodyName, ordinalValues, organName, organOf, said, type SymbolSaid } from "./SymbolSaid";
import { parseSymbol } from "./SymbolParser";
import { formatSymbolErrorIn, formatSymbolSaid } from "./SymbolText";
import { TREATY_BODY_RULES, type TreatyBody } from "./TreatyBody";
import { treatyPartsOf } from "./TreatyExplanation";
import { treatyBodyOfSymbol } from "./TreatyForm";
import { DocumentType, SLASHED_DOCUMENT_TYPES } from "./SymbolVocabulary";

/** One part of a symbol and what it means: `["session", "74", "the 74th session of the General Assembly"]`. */
export interface SymbolPartExplained {
  readonly part: string;
  readonly text: string;
  /** What the part means, in the language the explanation was asked in. */
  readonly meaning: string;
  /** What the part means as data, for wording it in another language (`formatSymbolSaid`). */
  readonly wording: SymbolSaid;
}

/**
 * What a symbol or citation is and means, or why it is neither: the answer to "what is
 * A/RES/74/173?" that a command line, an HTTP API or a page shows as it is, in the language
 * it was asked in.
 */
export type SymbolExplanation =
  | {
      readonly input: string;
      readonly ok: true;
      /** The normalised symbol, when the input is a symbol or a citation that has one. */
      readonly symbol?: string;
      /** The citation in words ("General Assembly resolution 74/173"), when there is one. */
      readonly citation?: string;
      /** Why a citation has no symbol of its own (CCPCJ resolutions, decisions); in English. */
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
  /** What is wrong, in the language the explanation was asked in (a citation's, in English). */
  readonly reason: string;
  /** The whole explanation: where, what, and what a valid symbol looks like there. */
  readonly message: string;
}

/** A part and its meaning as data, before it is worded. */
interface PartSaid {
  readonly part: string;
  readonly text: string;
  readonly meaning: SymbolSaid;
}

function seriesMeaning(component: DocumentSymbol["series"][number], treatyBody: TreatyBody | undefined): SymbolSaid {
  if (treatyBody !== undefined) {
    const protocol =
      component.kind === "series" ? TREATY_BODY_RULES[treatyBody].protocols?.[component.name] : undefined;
    return protocol !== undefined && component.kind === "series"
      ? said("protocol", { protocol: component.name })
      : bodyName(treatyBody);
  }
  if (component.kind === "committee") return said("mean.committee");
  return component.kind === "body"
    ? said("mean.subsidiary", { label: said("subsidiaryBody", { code: component.code }), n: component.number })
    : said("mean.series", { name: component.name });
}

function partsOf(symbol: DocumentSymbol): PartSaid[] {
  const parts: PartSaid[] = [{ part: "organ", text: symbol.organ, meaning: organName(symbol.organ) }];
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
function standardPartsOf(symbol: DocumentSymbol): PartSaid[] {
  const organ = organOf(symbol.organ);
  const parts: PartSaid[] = [];
  if (symbol.category !== undefined)
    parts.push({ part: "category", text: symbol.category, meaning: said("category", { category: symbol.category }) });
  if (symbol.period?.kind === "session") {
    const { session } = symbol.period;
    parts.push({
      part: "session",
      text: String(session),
      meaning: said("mean.session", { ...ordinalValues("n", session), organ }),
    });
  } else if (symbol.period?.kind === "year") {
    parts.push({
      part: "year",
      text: String(symbol.period.year),
      meaning: said("mean.year", { year: String(symbol.period.year) }),
    });
  }
  if (symbol.specialSession !== undefined) {
    const { emergency, session } = symbol.specialSession;
    parts.push({
      part: "session",
      text: `${emergency ? "ES" : "S"}-${session}`,
      meaning: said("mean.special", {
        ...ordinalValues("n", session),
        kind: emergency ? "emergency" : "special",
        organ,
      }),
    });
  }
  const { type, number } = symbol.document;
  const plain = DocumentType.safeParse(type);
  parts.push({
    part: "document",
    text: plain.success
      ? `${plain.data}${SLASHED_DOCUMENT_TYPES.has(plain.data) ? "/" : "."}${number}`
      : String(number),
    meaning: plain.success
      ? said("mean.documentType", { label: said("documentType", { type: plain.data }), n: number })
      : said("mean.documentNumber", { n: number }),
  });
  return parts;
}

/** The part, session or year of adoption written in parentheses after a resolution's number. */
function adoptionPartsOf(symbol: DocumentSymbol): PartSaid[] {
  const organ = organOf(symbol.organ);
  const parts: PartSaid[] = [];
  if (symbol.resolutionPart !== undefined) {
    const letter = symbol.resolutionPart;
    const last = symbol.lastResolutionPart;
    parts.push(
      last === undefined
        ? { part: "document", text: letter, meaning: said("mean.part", { letter }) }
        : { part: "document", text: `${letter}-${last}`, meaning: said("mean.parts", { first: letter, last }) },
    );
  }
  if (symbol.adoptionYear !== undefined) {
    const year = String(symbol.adoptionYear);
    parts.push({ part: "year", text: `(${year})`, meaning: said("mean.adoptedYear", { year }) });
  }
  if (symbol.adoptionSession !== undefined) {
    const session = symbol.adoptionSession;
    parts.push({
      part: "session",
      text: `(${formatRomanNumeral(session)})`,
      meaning: said("mean.adoptedSession", { ...ordinalValues("n", session), organ }),
    });
  }
  if (symbol.adoptionSpecialSession !== undefined) {
    const { emergency, session } = symbol.adoptionSpecialSession;
    parts.push({
      part: "session",
      text: `(${adoptionSpecialSessionText(symbol.adoptionSpecialSession)})`,
      meaning: said("mean.adoptedSpecial", {
        ...ordinalValues("n", session),
        kind: emergency ? "emergency" : "special",
        organ,
      }),
    });
  }
  return parts;
}

/** The modifiers and the reissue mark, which end every symbol. */
function modifierPartsOf(symbol: DocumentSymbol): PartSaid[] {
  const parts: PartSaid[] = [];
  for (const modifier of symbol.modifiers) {
    const label = said("modifier", { type: modifier.type });
    parts.push(
      "number" in modifier
        ? {
            part: "modifier",
            text: `${modifier.type}.${modifier.number}`,
            meaning: said("mean.modifier", { label, n: modifier.number }),
          }
        : { part: "modifier", text: modifier.type, meaning: label },
    );
  }
  if (symbol.reissue !== undefined) {
    parts.push({
      part: "modifier",
      text: "*".repeat(symbol.reissue),
      meaning: said("mean.reissue", { count: symbol.reissue }),
    });
  }
  return parts;
}

function citationParts(citation: Citation): PartSaid[] {
  const period: PartSaid =
    "year" in citation
      ? {
          part: "year",
          text: String(citation.year),
          meaning: said("mean.adoptedYear", { year: String(citation.year) }),
        }
      : {
          part: "session",
          text: String(citation.session),
          meaning: said("mean.citationSession", ordinalValues("n", citation.session)),
        };
  return [
    {
      part: "body",
      text: CITATION_BODY_NAMES[citation.bodyId].short,
      meaning: said("mean.citationBody", { body: citation.bodyId }),
    },
    { part: "kind", text: citation.kind, meaning: said("mean.citationKind", { kind: citation.kind }) },
    period,
    { part: "number", text: String(citation.number), meaning: said("mean.citationNumber", { n: citation.number }) },
  ];
}

/** A citation in words in a language: "General Assembly resolution 74/173", "大会第74/173号决议". */
function citationText(citation: Citation, language: Language): string {
  return formatSymbolSaid(citationSaid(citation), language);
}

/** The parts in words, each with its meaning as data. */
function worded(parts: readonly PartSaid[], language: Language): SymbolPartExplained[] {
  return parts.map((part) => ({ ...part, meaning: formatSymbolSaid(part.meaning, language), wording: part.meaning }));
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
 * means, and the other way of citing it, in `language` (English by default). An invalid
 * symbol gets the parser's precise error in that language: where (character offset, part),
 * what is wrong, and what is expected there; so does an invalid citation's.
 * @example explainSymbol("A/624/123") // { ok: false, error: { part: "session", offset: 2, … } }
 * @example explainSymbol("A/RES/74/173", undefined, "ru").parts[0].meaning // "Генеральная Ассамблея"
 */
export function explainSymbol(input: string, referenceDate?: Date, language: Language = "en"): SymbolExplanation {
  const options = referenceDate === undefined ? {} : { referenceDate };
  const parsed = parseSymbol(input, options);
  if (parsed.ok) {
    const citation = symbolToCitation(parsed.value);
    return {
      input,
      ok: true,
      symbol: formatSymbol(parsed.value),
      ...(citation === undefined ? {} : { citation: citationText(citation, language) }),
      parts: worded(partsOf(parsed.value), language),
    };
  }
  const cited = parseCitation(input, options);
  if (cited.ok) {
    const symbol = citationToSymbol(cited.value);
    return {
      input,
      ok: true,
      citation: citationText(cited.value, language),
      ...(symbol.symbol === null ? { note: formatSymbolSaid(symbol.wording, language) } : { symbol: symbol.text }),
      parts: worded(citationParts(cited.value), language),
    };
  }
  if (looksLikeCitation(input)) {
    const { part, offset } = cited.error;
    const reason = formatSymbolSaid(cited.error.wording.reason, language);
    const message = formatCitationErrorIn(cited.error, language);
    return { input, ok: false, error: { kind: "citation", input, part, offset, reason, message } };
  }
  const { error } = parsed;
  const reason = formatSymbolSaid(error.wording.reason, language);
  const message = formatSymbolErrorIn(error, language);
  return {
    input,
    ok: false,
    error: { kind: "symbol", input, part: error.part, offset: error.offset, reason, message },
  };
}
