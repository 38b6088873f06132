import type {
  DocumentDesignation,
  DocumentSymbol,
  SeriesComponent,
  SpecialSession,
  SymbolModifier,
  SymbolPeriod,
} from "./DocumentSymbol";
import { formatSeriesComponent, formatSymbol, symbolComponents } from "./DocumentSymbol";
import {
  FIRST_HUMAN_RIGHTS_COUNCIL_YEAR,
  isHumanRightsCouncilSeries,
  latestHumanRightsCouncilSession,
} from "./HumanRightsCouncil";
import { modifierOrderRefusal } from "./ModifierOrder";
import { ORGAN_RULES, Organ } from "./Organ";
import { generalAssemblySessionYear, isoDay, latestGeneralAssemblySession } from "./SessionNumbering";
import type { SymbolRefusal, SymbolParseResult } from "./SymbolError";
import { wordedSymbolResult } from "./EnglishSymbolText";
import type { Result } from "../result/Result";
import { symbolRefusal } from "./SymbolError";
import type { PartSuffix, Segment, YearSuffix } from "./SymbolSegments";
import { PARTIAL_SYMBOL_ELLIPSIS, isEllipsisSegment, segmentSymbol } from "./SymbolSegments";
import {
  DocumentType,
  ModifierType,
  RESERVED_WORDS,
  SLASHED_DOCUMENT_TYPES,
  SubsidiaryBodyCode,
  SymbolCategory,
  canonicalCode,
} from "./SymbolVocabulary";
import { TREATY_BODY_RULES, treatyProtocolOf } from "./TreatyBody";
import { treatyBodyOfSymbol } from "./TreatyForm";
import { readTreatyForm } from "./TreatyFormReader";
import {
  readAdoptionSession,
  readAdoptionSpecialSession,
  readAdoptionYear,
  readResolutionPart,
} from "./AdoptionSuffix";
import { jointGeneralCommentFault } from "./JointGeneralComment";
import { specialSessionInsideFault } from "./RomanSessionForm";
import { firstPeriodNote, ordinalValues, organName, said } from "./SymbolSaid";
import { overlongSymbol, strayCharacter, strayCharacterError, writtenFormFault } from "./SymbolWrittenForm";
import type { SymbolReader } from "./SymbolReader";
import { Fault, fail, numberOf } from "./SymbolReader";

export { runStage, type SymbolReader } from "./SymbolReader";

/** Options of {@link parseSymbol}. */
export interface SymbolParseOptions {
  /**
   * The date against which sessions and years are checked ("no 624th session", "a year in
   * the future"). Defaults to now; pass a fixed date for reproducible results.
   */
  readonly referenceDate?: Date;
}

const codeOf = (segment: Segment): string | undefined =>
  segment.shape === "coded" ? segment.code : segment.shape === "word" ? segment.word : undefined;

function isModifierLike(segment: Segment | undefined): boolean {
  const code = segment === undefined ? undefined : codeOf(segment);
  return code !== undefined && canonicalCode(ModifierType.options, code) !== undefined;
}

/** Reads the series of a treaty body's organ: `C` for its committee (`CCPR/C`), or `OP` (`CAT/OP`). */
function readCommittee(reader: SymbolReader, organ: Organ): SeriesComponent {
  const segment = reader.segments[1];
  const code = segment?.shape === "word" ? segment.word.toUpperCase() : undefined;
  reader.index = 2;
  if (code === "C") return { kind: "committee" };
  if (code === "OP" && organ === "CAT") return { kind: "series", name: "OP" };
  return fail(
    reader,
    "series",
    segment,
    said("committeeExpected", { organ, body: organName(organ), spt: organ === "CAT" ? "yes" : "no" }),
    said("hint.example", { example: `${organ}/C/GC/1` }),
  );
}

/**
 * Reads a treaty body's committee and, where the body has optional protocols of its own
 * reporting series, the protocol after it (`CRC/C/OPSC`).
 */
function readCommitteeSeries(reader: SymbolReader, organ: Organ): SeriesComponent[] {
  const series = [readCommittee(reader, organ)];
  const body = treatyBodyOfSymbol({ organ, series });
  const next = reader.segments[reader.index];
  const protocols = body === undefined ? {} : (TREATY_BODY_RULES[body].protocols ?? {});
  const name = next?.shape === "word" ? next.word.toUpperCase() : undefined;
  if (name !== undefined && Object.hasOwn(protocols, name)) {
    series.push({ kind: "series", name });
    reader.index += 1;
  }
  return series;
}

/** Reads the organ and the series components; shared with symbol prefixes. @internal */
export function readOrganAndSeries(reader: SymbolReader): { organ: Organ; series: SeriesComponent[] } {
  const first = reader.segments[0];
  if (first === undefined) return fail(reader, "organ", first, said("noOrgan"));
  const organ = first.shape === "word" ? canonicalCode(Organ.options, first.word) : undefined;
  if (organ === undefined) {
    fail(
      reader,
      "organ",
      first,
      said("unknownOrgan", { text: first.text }),
      said("hint.organs", { codes: Organ.options.join(", ") }),
    );
  }
  reader.index = 1;
  if (ORGAN_RULES[organ].form === "treaty-body") return { organ, series: readCommitteeSeries(reader, organ) };
  const series: SeriesComponent[] = [];
  for (let segment = reader.segments[1]; segment !== undefined; segment = reader.segments[reader.index]) {
    // E/C.12 is the Committee on Economic, Social and Cultural Rights: its own forms follow.
    if (treatyBodyOfSymbol({ organ, series }) !== undefined) break;
    if (segment.shape === "coded") {
      const code = canonicalCode(SubsidiaryBodyCode.options, segment.code);
      if (code === undefined) break;
      series.push({ kind: "body", code, number: numberOf(reader, "series", segment, segment.digits) });
    } else if (segment.shape === "word") {
      const body = canonicalCode(SubsidiaryBodyCode.options, segment.word);
      if (body !== undefined && body !== "PC") {
        fail(
          reader,
          "series",
          segment,
          said("bodyNeedsNumber", { code: body, label: said("subsidiaryBody", { code: body }) }),
          said("hint.example", { example: "E/CN.15/2011/2" }),
        );
      }
      const name = segment.word.toUpperCase();
      if (RESERVED_WORDS.has(name)) break;
      if (name.length > 12) fail(reader, "series", segment, said("seriesTooLong"));
      series.push({ kind: "series", name });
    } else break;
    reader.index += 1;
  }
  const required = ORGAN_RULES[organ].requiredSeries;
  const firstSeries = series[0];
  if (required !== undefined && (firstSeries?.kind !== "series" || firstSeries.name !== required.name)) {
    fail(
      reader,
      "series",
      reader.segments[1],
      said("requiredSeries", { organ, series: required.name }),
      said("hint.example", { example: organ === "CTOC" ? "CTOC/COP/2020/10" : "CAC/COSP/2019/17" }),
    );
  }
  return { organ, series };
}

/** Reads the session or year component, checked against the organ and the reference date. @internal */
export function readPeriod(
  reader: SymbolReader,
  organ: Organ,
  segment: Segment & { shape: "number" },
  series: readonly SeriesComponent[] = [],
): SymbolPeriod {
  const rules = ORGAN_RULES[organ];
  if (organ === "A" && isHumanRightsCouncilSeries(series)) return readCouncilSession(reader, segment);
  if (rules.form === "treaty-body") {
    fail(
      reader,
      "session",
      segment,
      said("treatySessionOnlyInViews", { body: organName(organ) }),
      said("hint.example", { example: `${organ}/C/127/D/2728/2016, ${organ}/C/SR.3750` }),
    );
  }
  if (rules.form === "serial") {
    fail(
      reader,
      "session",
      segment,
      said("serialNoPeriod", { organ: organName(organ) }),
      said("hint.example", { example: "T/1970, T/PV.1500" }),
    );
  }
  if (rules.numbering === "by-number") {
    const session = numberOf(reader, "session", segment, segment.digits);
    if (session < rules.firstPeriod) {
      fail(
        reader,
        "session",
        segment,
        said("sessionTooEarly", { value: session, note: firstPeriodNote(organ) }),
        said("hint.check"),
      );
    }
    const latest = latestGeneralAssemblySession(reader.referenceDate);
    if (session > latest) {
      fail(
        reader,
        "session",
        segment,
        said("noSuchAssemblySession", {
          ...ordinalValues("n", session),
          ...ordinalValues("latest", latest),
          year: generalAssemblySessionYear(session),
          latestYear: generalAssemblySessionYear(latest),
          date: isoDay(reader.referenceDate),
        }),
        said("hint.sessionOpens"),
      );
    }
    return { kind: "session", session };
  }
  if (segment.digits.length !== 4) {
    fail(
      reader,
      "year",
      segment,
      said("notFourDigitYear", { organ: organName(organ), text: segment.text }),
      said("hint.example", { example: "E/CN.15/2011/2" }),
    );
  }
  const year = Number(segment.digits);
  if (year < rules.firstPeriod)
    fail(reader, "year", segment, said("tooEarly", { value: year, note: firstPeriodNote(organ) }));
  const thisYear = reader.referenceDate.getUTCFullYear();
  if (year > thisYear) {
    fail(
      reader,
      "year",
      segment,
      said("yearInFuture", { year, date: isoDay(reader.referenceDate) }),
      said("hint.check"),
    );
  }
  return { kind: "year", year };
}

/** Reads the Human Rights Council's own session (`A/HRC/RES/5/1`), checked against its pace of three a year. */
function readCouncilSession(reader: SymbolReader, segment: Segment & { shape: "number" }): SymbolPeriod {
  const session = numberOf(reader, "session", segment, segment.digits);
  const latest = latestHumanRightsCouncilSession(reader.referenceDate);
  if (session > latest) {
    fail(
      reader,
      "session",
      segment,
      said("noSuchCouncilSession", {
        ...ordinalValues("n", session),
        ...ordinalValues("latest", latest),
        since: FIRST_HUMAN_RIGHTS_COUNCIL_YEAR,
        year: reader.referenceDate.getUTCFullYear(),
      }),
      said("hint.check"),
    );
  }
  return { kind: "session", session };
}

/**
 * Reads a special (`S-27`) or emergency special (`ES-10`) session, which only the General
 * Assembly holds; its number is not checked against the reference date (the sessions are
 * convened when needed, not each year).
 */
function readSpecialSession(
  reader: SymbolReader,
  organ: Organ,
  category: SymbolCategory | undefined,
  segment: Segment & { shape: "special" },
): SpecialSession {
  if (organ !== "A") {
    fail(
      reader,
      "session",
      segment,
      said("specialNotThisOrgan", { emergency: segment.emergency ? "yes" : "no", organ: organName(organ) }),
      said("hint.example", { example: "A/RES/ES-10/19, A/S-27/2" }),
    );
  }
  const special = { emergency: segment.emergency, session: numberOf(reader, "session", segment, segment.digits) };
  const early = specialSessionInsideFault({ organ, category }, special);
  if (early !== undefined) {
    fail(reader, "session", segment, early, said("hint.example", { example: "A/RES/3362 (S-VII), A/RES/2252 (ES-V)" }));
  }
  return special;
}

function readDocument(reader: SymbolReader, placed: boolean): DocumentDesignation {
  const segment = reader.segments[reader.index];
  if (segment === undefined) {
    return fail(
      reader,
      "document",
      segment,
      said("documentMissing"),
      said("hint.example", { example: "A/RES/74/173" }),
    );
  }
  reader.index += 1;
  if (segment.shape === "number") return { number: numberOf(reader, "document", segment, segment.digits) };
  const code = codeOf(segment);
  const type = code === undefined ? undefined : canonicalCode(DocumentType.options, code);
  if (type !== undefined && SLASHED_DOCUMENT_TYPES.has(type)) {
    const next = reader.segments[reader.index];
    if (segment.shape === "coded")
      fail(
        reader,
        "document",
        segment,
        said("typeAfterSlash", { type }),
        said("hint.write", { text: `${type}/${segment.digits}` }),
      );
    if (next?.shape !== "number")
      fail(
        reader,
        "document",
        segment,
        said("typeNeedsNumber", { type, label: said("documentType", { type }) }),
        said("hint.write", { text: `${type}/1` }),
      );
    reader.index += 1;
    return { type, number: numberOf(reader, "document", next, next.digits) };
  }
  if (type !== undefined) {
    if (segment.shape === "word")
      fail(
        reader,
        "document",
        segment,
        said("typeNeedsNumber", { type, label: said("documentType", { type }) }),
        said("hint.write", { text: `${type}.1` }),
      );
    if (segment.shape === "coded") return { type, number: numberOf(reader, "document", segment, segment.digits) };
  }
  if (isModifierLike(segment)) {
    fail(
      reader,
      "document",
      segment,
      said("modifierBeforeDocument"),
      said("hint.example", { example: "A/64/123/Add.1" }),
    );
  }
  if (segment.shape === "range") {
    fail(
      reader,
      "document",
      segment,
      said("rangeNotHere"),
      said("hint.example", { example: "A/RES/74/173, CERD/C/USA/CO/10-12" }),
    );
  }
  if (isEllipsisSegment(segment)) {
    fail(
      reader,
      "document",
      segment,
      said("partialEllipsis", { ellipsis: PARTIAL_SYMBOL_ELLIPSIS }),
      said("hint.partial", { example: `E/CN.15/2021/${PARTIAL_SYMBOL_ELLIPSIS}` }),
    );
  }
  if (
    placed &&
    code !== undefined &&
    (canonicalCode(SubsidiaryBodyCode.options, code) !== undefined || segment.shape === "word")
  ) {
    fail(
      reader,
      "document",
      segment,
      said("seriesAfterCategory"),
      said("hint.example", { example: "E/CN.15/2021/L.5" }),
    );
  }
  return fail(
    reader,
    "document",
    segment,
    code === undefined ? said("notDocumentNumber") : said("unknownDocumentType", { code }),
    said("hint.document", {
      types: `${DocumentType.options.filter((t) => !SLASHED_DOCUMENT_TYPES.has(t)).join(".n, ")}.n, INF/n, NGO/n, PET/n`,
    }),
  );
}

function readModifier(reader: SymbolReader, segment: Segment): SymbolModifier {
  const code = codeOf(segment);
  const type = code === undefined ? undefined : canonicalCode(ModifierType.options, code);
  if (type === undefined) {
    fail(reader, "modifier", segment, said("notModifier", { text: segment.text }), said("hint.modifiers"));
  }
  if (type === "Summary") {
    if (segment.shape === "coded") {
      fail(reader, "modifier", segment, said("summaryNoNumber"), said("hint.write", { text: "/Summary" }));
    }
    return { type };
  }
  if (segment.shape === "word") {
    fail(
      reader,
      "modifier",
      segment,
      said("modifierNeedsNumber", { type, label: said("modifier", { type }) }),
      said("hint.write", { text: `${type}.1` }),
    );
  }
  return { type, number: numberOf(reader, "modifier", segment, segment.shape === "coded" ? segment.digits : "") };
}

/**
 * The reissue mark at the end of a symbol (`A/74/123*`: reissued for technical reasons; one
 * asterisk per reissue, at most three). Read leniently with blanks around it and in full-width
 * form (`＊`, as Chinese texts type it); the written
 * form has it right after the last character.
 */
const REISSUE_MARK_LENIENT = /\s*([*\uFF0A]{1,3})\s*$/;
const REISSUE_MARK = /\*{1,3}$/;

/** A symbol read leniently, with the segments it was read from. @internal */
export type LenientSymbolRead =
  | { readonly ok: true; readonly value: DocumentSymbol; readonly segments: readonly Segment[] }
  | { readonly ok: false; readonly error: SymbolRefusal };

/**
 * Reads a symbol leniently: blanks, case, full-width forms and missing dots are accepted and
 * the grammar alone is checked. `parseSymbol` adds the written-form check; `normaliseSymbol`
 * uses this reading to repair. @internal
 */
export function readSymbolLeniently(text: string, options: SymbolParseOptions = {}): LenientSymbolRead {
  const mark = REISSUE_MARK_LENIENT.exec(text);
  const segmented = segmentSymbol(mark === null ? text : text.slice(0, mark.index), { parts: true });
  if (!segmented.ok) return segmented;
  const { segments, endOffset, yearSuffix } = segmented;
  const referenceDate = options.referenceDate ?? new Date();
  // A joint general comment (CEDAW/C/GC/31-CRC/C/GC/18) is two symbols, each read on its own.
  const joint = segments.findIndex((segment) => segment.joint === true);
  const reader = (from: number, to: number, end: number): SymbolReader => ({
    input: text,
    segments: segments.slice(from, to),
    endOffset: end,
    referenceDate,
    index: 0,
  });
  try {
    if (joint === -1) {
      const symbol = readSymbolBody(reader(0, segments.length, endOffset), yearSuffix);
      return finishSymbol(reader(0, segments.length, endOffset), symbol, segmented, mark);
    }
    const second = reader(joint, segments.length, endOffset);
    const symbol = readSymbolBody(reader(0, joint, segments[joint - 1]?.end ?? 0), undefined);
    const other = readSymbolBody(second, yearSuffix);
    const fault = jointGeneralCommentFault(symbol, other);
    if (fault !== undefined) {
      fail(second, "organ", segments[joint], fault, said("hint.example", { example: "CEDAW/C/GC/31-CRC/C/GC/18" }));
    }
    symbol.joint = { organ: other.organ, series: other.series, document: other.document, modifiers: other.modifiers };
    return finishSymbol(second, symbol, segmented, mark);
  } catch (caught) {
    if (caught instanceof Fault) return { ok: false, error: caught.error };
    throw caught;
  }
}

/**
 * Reads one symbol's components, up to and including its modifiers; `yearSuffix` is what
 * follows in parentheses, which decides whether a Trusteeship Council resolution is read.
 */
function readSymbolBody(reader: SymbolReader, yearSuffix: YearSuffix | undefined): DocumentSymbol {
  const { organ, series } = readOrganAndSeries(reader);
  const treatyBody = treatyBodyOfSymbol({ organ, series });
  const treatyForm =
    treatyBody === undefined
      ? undefined
      : readTreatyForm(reader, treatyBody, treatyProtocolOf(series.map(formatSeriesComponent)));
  if (treatyForm !== undefined) return readModifiers(reader, { organ, series, ...treatyForm, modifiers: [] });
  const categorySegment = reader.segments[reader.index];
  const category =
    categorySegment?.shape === "word" ? canonicalCode(SymbolCategory.options, categorySegment.word) : undefined;
  // The Trusteeship Council's resolutions carry their session after them: T/RES/2200 (LXI).
  const sessionResolution = organ === "T" && category === "RES" && yearSuffix?.roman === true;
  if (category !== undefined && ORGAN_RULES[organ].form !== "standard" && !sessionResolution) {
    fail(
      reader,
      "category",
      categorySegment,
      said("categoryNotHere", { organ: organName(organ), category }),
      organ === "T" && category === "RES" ? said("hint.example", { example: "T/RES/2200 (LXI)" }) : undefined,
    );
  }
  if (category !== undefined) reader.index += 1;
  const periodSegment = reader.segments[reader.index];
  let period: SymbolPeriod | undefined;
  if (
    periodSegment?.shape === "number" &&
    reader.index + 1 < reader.segments.length &&
    !isModifierLike(reader.segments[reader.index + 1])
  ) {
    period = readPeriod(reader, organ, periodSegment, series);
    reader.index += 1;
  }
  let specialSession: SpecialSession | undefined;
  if (period === undefined && periodSegment?.shape === "special") {
    specialSession = readSpecialSession(reader, organ, category, periodSegment);
    reader.index += 1;
  }
  const document = readDocument(reader, category !== undefined || period !== undefined || specialSession !== undefined);
  const symbol: DocumentSymbol = { organ, series, document, modifiers: [] };
  if (category !== undefined) symbol.category = category;
  if (period !== undefined) symbol.period = period;
  if (specialSession !== undefined) symbol.specialSession = specialSession;
  return readModifiers(reader, symbol);
}

/** Reads the modifiers that end a symbol's components, in an order the grammar allows. */
function readModifiers(reader: SymbolReader, symbol: DocumentSymbol): DocumentSymbol {
  const modifierSegments = reader.segments.slice(reader.index);
  symbol.modifiers = modifierSegments.map((segment) => readModifier(reader, segment));
  const misplaced = modifierOrderRefusal(symbol.modifiers);
  if (misplaced !== undefined) {
    fail(reader, "modifier", modifierSegments[misplaced.index], misplaced.wording.reason, misplaced.wording.hint);
  }
  return symbol;
}

/** Reads the Security Council's year, a resolution's session and the reissue mark that end every symbol. */
function finishSymbol(
  reader: SymbolReader,
  symbol: DocumentSymbol,
  segmented: {
    readonly segments: readonly Segment[];
    readonly yearSuffix?: YearSuffix;
    readonly partSuffix?: PartSuffix;
  },
  mark: RegExpExecArray | null,
): LenientSymbolRead {
  const suffix = segmented.yearSuffix;
  if (suffix?.special !== undefined) {
    symbol.adoptionSpecialSession = readAdoptionSpecialSession(reader, symbol, { ...suffix, special: suffix.special });
  } else if (suffix?.roman === true) symbol.adoptionSession = readAdoptionSession(reader, symbol, suffix);
  else if (suffix !== undefined) symbol.adoptionYear = readAdoptionYear(reader, symbol, suffix);
  const lettered = suffix?.part ?? segmented.partSuffix?.part;
  if (lettered !== undefined) {
    const read = readResolutionPart(reader, symbol, lettered, segmented.partSuffix?.last);
    symbol.resolutionPart = read.part;
    if (read.last !== undefined) symbol.lastResolutionPart = read.last;
  }
  const asterisks = mark?.[1]?.length ?? 0;
  if (asterisks > 0) symbol.reissue = asterisks;
  return { ok: true, value: symbol, segments: segmented.segments };
}

/**
 * Parses a UN document symbol into its parts. Strict: the text must be the symbol's one
 * written form, so that `formatSymbol(parseSymbol(s).symbol) === s`. A blank, a stray
 * character, a full-width form, a letter in the wrong case or a missing dot is an error
 * naming its position; `normaliseSymbol` repairs such slips explicitly and says what it
 * changed. A text longer than {@link MAX_SYMBOL_LENGTH} fails at once. Sessions and years are
 * checked against `options.referenceDate` (default: now).
 * @example
 * parseSymbol("E/CN.15/2021/L.5/Rev.1") // { ok: true, value }
 * parseSymbol("S/RES/2532 (2020)")      // { ok: true, value } with adoptionYear 2020
 * parseSymbol("T/RES/2200 (LXI)")       // { ok: true, value } with adoptionSession 61
 * parseSymbol("A/74/123*")              // { ok: true, value } with reissue 1
 * parseSymbol("A/RES/74/173 /Add.1")    // { ok: false, error: { part: "segment", offset: 12, … } }
 * parseSymbol("A/624/123").ok           // false: the General Assembly has had no 624th session
 */
export function parseSymbol(text: string, options: SymbolParseOptions = {}): SymbolParseResult {
  return wordedSymbolResult(parseSymbolUnworded(text, options));
}

/**
 * {@link parseSymbol} with its refusal as data only: what schemas check with, so that a browser
 * bundle of one carries none of the parser's English explanations. @internal
 */
export function parseSymbolUnworded(
  text: string,
  options: SymbolParseOptions = {},
): Result<DocumentSymbol, SymbolRefusal> {
  const overlong = overlongSymbol(text);
  if (overlong !== undefined) return { ok: false, error: overlong };
  const read = readSymbolLeniently(text, options);
  // The written form's reissue mark ends the text; anything before it is checked as usual.
  const body = text.slice(0, REISSUE_MARK.exec(text)?.index ?? text.length);
  const stray = strayCharacter(body, { yearSuffix: true, ellipsis: true });
  if (stray !== undefined && (read.ok || read.error.offset > stray.offset)) {
    return { ok: false, error: strayCharacterError(text, stray, read.ok ? formatSymbol(read.value) : undefined) };
  }
  if (!read.ok) return read;
  const fault =
    writtenFormFault(text, read.segments, symbolComponents(read.value)) ?? suffixFormFault(text, read.value);
  return fault === undefined ? { ok: true, value: read.value } : { ok: false, error: fault };
}

/**
 * Where the parenthesised year or session after a symbol differs from its written form
 * (`T/RES/2200 (lxi)`), or `undefined`; the components before it have been checked.
 */
function suffixFormFault(text: string, symbol: DocumentSymbol): SymbolRefusal | undefined {
  const written = formatSymbol(symbol);
  if (written === text) return undefined;
  let at = 0;
  while (at < text.length && text[at] === written[at]) at += 1;
  const open = text.lastIndexOf("(");
  const part =
    symbol.resolutionPart !== undefined && (open === -1 || at < open)
      ? "document"
      : symbol.adoptionSession !== undefined || symbol.adoptionSpecialSession !== undefined
        ? "session"
        : symbol.adoptionYear !== undefined
          ? "year"
          : "symbol";
  return symbolRefusal(
    text,
    part,
    at,
    text.slice(open === -1 || part === "document" ? at : open),
    said("writtenAs", { typed: text.slice(at), written: written.slice(at) }),
    said("hint.oneForm"),
  );
}

/**
 * Creates a reader over segmented text, for parsers of symbol fragments (prefixes).
 * @internal
 */
export function symbolReader(input: string, segments: readonly Segment[], endOffset: number): SymbolReader {
  return { input, segments, endOffset, referenceDate: new Date(), index: 0 };
}
