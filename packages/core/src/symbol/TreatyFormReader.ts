import type { DocumentDesignation, SymbolPeriod } from "./DocumentSymbol";
import { isoDay } from "./SessionNumbering";
import type { Segment } from "./SymbolSegments";
import type { SymbolReader } from "./SymbolReader";
import { fail, numberOf } from "./SymbolReader";
import { isRegionalCode, statePartyCodeFault } from "./StatePartyCode";
import { bodyName, said } from "./SymbolSaid";
import { RESERVED_WORDS } from "./SymbolVocabulary";
import type { TreatyBody } from "./TreatyBody";
import { TREATY_BODY_RULES, TreatyDocumentType } from "./TreatyBody";

/** What a treaty body's own form adds to the organ and series. @internal */
export interface TreatyFormRead {
  readonly country?: string;
  readonly period?: SymbolPeriod;
  readonly document: DocumentDesignation;
}

const word = (segment: Segment | undefined): string | undefined =>
  segment?.shape === "word"
    ? segment.word.toUpperCase()
    : segment?.shape === "regional"
      ? `${segment.state}-${segment.region}`.toUpperCase()
      : undefined;

function prefixOf(body: TreatyBody): string {
  return `${TREATY_BODY_RULES[body].organ}/${TREATY_BODY_RULES[body].series}`;
}

/** Reads the number after a slashed treaty type (`GC/36`), which must be there. */
function numberAfter(reader: SymbolReader, type: string, example: string): { segment: Segment; number: number } {
  const segment = reader.segments[reader.index];
  if (segment?.shape !== "number") {
    return fail(reader, "document", segment, said("numberAfterSlash", { type }), said("hint.example", { example }));
  }
  reader.index += 1;
  return { segment, number: numberOf(reader, "document", segment, segment.digits) };
}

/** A report's number, or the first and last numbers of combined reports (`10-12`). */
function readCycle(reader: SymbolReader, body: TreatyBody, example: string): DocumentDesignation {
  const segment = reader.segments[reader.index];
  if (segment?.shape === "number") {
    reader.index += 1;
    return { number: numberOf(reader, "document", segment, segment.digits) };
  }
  if (segment?.shape === "range" && TREATY_BODY_RULES[body].reports === "periodic") {
    reader.index += 1;
    const number = numberOf(reader, "document", segment, segment.digits);
    const last = numberOf(reader, "document", segment, segment.lastDigits);
    if (last <= number) {
      fail(
        reader,
        "document",
        segment,
        said("rangeBackwards", { text: segment.text }),
        said("hint.example", { example: "CERD/C/USA/CO/10-12" }),
      );
    }
    return { number, last };
  }
  return fail(reader, "document", segment, said("reportNumberMissing"), said("hint.example", { example }));
}

function readStateParty(
  reader: SymbolReader,
  body: TreatyBody,
  segment: Segment,
  code: string,
  prefix = prefixOf(body),
): TreatyFormRead {
  const problem = statePartyCodeFault(code);
  if (problem !== undefined) {
    fail(
      reader,
      "country",
      segment,
      { ...problem, values: { ...problem.values, code: segment.text } },
      said("hint.stateParty", { example: `${prefix}/GBR/1` }),
    );
  }
  reader.index += 1;
  const rules = TREATY_BODY_RULES[body];
  const next = reader.segments[reader.index];
  const type = word(next);
  if (type === "CO" || type === "Q" || type === "QPR") {
    if (rules.reports !== "periodic") {
      fail(reader, "document", next, said("visitsOnly", { body: bodyName(body), type }));
    }
    reader.index += 1;
    return { country: code, document: { type, ...readCycle(reader, body, `${prefix}/${code}/${type}/1`) } };
  }
  if (next?.shape === "number" || next?.shape === "range") {
    return { country: code, document: readCycle(reader, body, `${prefix}/${code}/1`) };
  }
  return fail(
    reader,
    "document",
    next,
    next === undefined ? said("endsAfterStateParty") : said("cannotFollowStateParty", { text: next.text }),
    said("hint.example", {
      example: rules.reports === "periodic" ? `${prefix}/${code}/8, ${prefix}/${code}/CO/8` : `${prefix}/${code}/1`,
    }),
  );
}

function readCommunication(
  reader: SymbolReader,
  body: TreatyBody,
  sessionSegment: Segment & { shape: "number" },
): TreatyFormRead {
  const rules = TREATY_BODY_RULES[body];
  const session = numberOf(reader, "session", sessionSegment, sessionSegment.digits);
  const marker = reader.segments[reader.index + 1];
  if (rules.firstCommunicationYear === undefined) {
    fail(reader, "document", marker, said("noCommunications", { body: bodyName(body) }));
  }
  reader.index += 2;
  const { number } = numberAfter(reader, "D", `${prefixOf(body)}/127/D/2728/2016`);
  const yearSegment = reader.segments[reader.index];
  if (yearSegment?.shape !== "number" || yearSegment.digits.length !== 4) {
    return fail(
      reader,
      "year",
      yearSegment,
      said("communicationYear"),
      said("hint.example", { example: `${prefixOf(body)}/127/D/2728/2016` }),
    );
  }
  reader.index += 1;
  const year = numberOf(reader, "year", yearSegment, yearSegment.digits);
  if (year < rules.firstCommunicationYear) {
    fail(
      reader,
      "year",
      yearSegment,
      said("communicationTooEarly", { year, body: bodyName(body), first: rules.firstCommunicationYear }),
    );
  }
  if (year > reader.referenceDate.getUTCFullYear()) {
    fail(reader, "year", yearSegment, said("yearInFuture", { year, date: isoDay(reader.referenceDate) }));
  }
  const period: SymbolPeriod = { kind: "session", session };
  return { period, document: { type: "D", number, year } };
}

/**
 * Reads a treaty body's own forms after its series: a general comment or recommendation
 * (`GC/36`), a State party's report, concluding observations or list of issues
 * (`GBR/8`, `GBR/CO/5`, `FRA/CO/7-8`, `GBR/Q/8`, `GBR/QPR/7`), or views and decisions on a
 * communication (`127/D/2728/2016`). `undefined` when none of them starts here, so that
 * the common grammar reads the rest (`CCPR/C/SR.3750`). @internal
 */
export function readTreatyForm(reader: SymbolReader, body: TreatyBody, protocol?: string): TreatyFormRead | undefined {
  const rules = TREATY_BODY_RULES[body];
  const segment = reader.segments[reader.index];
  const code = word(segment);
  if (protocol !== undefined) return readProtocolForm(reader, body, protocol, segment, code);
  if (segment === undefined) return undefined;
  if (code === "GC" || (segment.shape === "coded" && segment.code.toUpperCase() === "GC")) {
    if (rules.generalTexts === undefined) {
      fail(reader, "document", segment, said("noGeneralComments", { body: bodyName(body) }));
    }
    if (segment.shape === "coded") {
      fail(
        reader,
        "document",
        segment,
        said("generalCommentSlash"),
        said("hint.write", { text: `GC/${segment.digits}` }),
      );
    }
    reader.index += 1;
    const { number } = numberAfter(reader, "GC", `${prefixOf(body)}/GC/1`);
    return { document: { type: "GC", number } };
  }
  if (code !== undefined && isStatePartyShaped(code)) {
    return readStateParty(reader, body, segment, code);
  }
  if (segment.shape === "number" && word(reader.segments[reader.index + 1]) === "D") {
    return readCommunication(reader, body, segment);
  }
  return undefined;
}

const isTreatyType = (code: string): boolean => TreatyDocumentType.safeParse(code).success;
const isStatePartyShaped = (code: string): boolean =>
  (code.length === 3 && !RESERVED_WORDS.has(code) && !isTreatyType(code)) || isRegionalCode(code);

/**
 * Under an optional protocol (`CRC/C/OPSC/…`) a treaty body's series holds only a State
 * party's reports and what is issued on them: `CRC/C/OPSC/JPN/1`, `CRC/C/OPAC/USA/CO/2`.
 */
function readProtocolForm(
  reader: SymbolReader,
  body: TreatyBody,
  protocol: string,
  segment: Segment | undefined,
  code: string | undefined,
): TreatyFormRead {
  const prefix = `${prefixOf(body)}/${protocol}`;
  if (segment !== undefined && code !== undefined && isStatePartyShaped(code)) {
    return readStateParty(reader, body, segment, code, prefix);
  }
  return fail(
    reader,
    "document",
    segment,
    segment === undefined
      ? said("endsAfterProtocol")
      : said("protocolStateParty", { protocol: said("protocol", { protocol }) }),
    said("hint.example", { example: `${prefix}/JPN/1, ${prefix}/USA/CO/2` }),
  );
}
