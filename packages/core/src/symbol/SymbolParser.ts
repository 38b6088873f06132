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
import { modifierOrderFault } from "./ModifierOrder";
import { ORGAN_RULES, Organ, describeOrgans } from "./Organ";
import { generalAssemblySessionYear, isoDay, latestGeneralAssemblySession, ordinal } from "./SessionNumbering";
import type { SymbolError, SymbolParseResult } from "./SymbolError";
import { symbolError } from "./SymbolError";
import type { Segment, YearSuffix } from "./SymbolSegments";
import { PARTIAL_SYMBOL_ELLIPSIS, isEllipsisSegment, segmentSymbol } from "./SymbolSegments";
import {
  DOCUMENT_TYPE_LABELS,
  DocumentType,
  MODIFIER_LABELS,
  ModifierType,
  RESERVED_WORDS,
  SLASHED_DOCUMENT_TYPES,
  SUBSIDIARY_BODY_LABELS,
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
import { romanFormFaultText, specialSessionInsideFault } from "./RomanSessionForm";
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
    `${organ} symbols continue with C (${ORGAN_RULES[organ].name})${organ === "CAT" ? " or OP (the Subcommittee on Prevention of Torture)" : ""}`,
    `Write ${organ}/C/…, as in ${organ}/C/GC/1.`,
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
  if (first === undefined) return fail(reader, "organ", first, "the symbol has no organ");
  const organ = first.shape === "word" ? canonicalCode(Organ.options, first.word) : undefined;
  if (organ === undefined) {
    fail(
      reader,
      "organ",
      first,
      `"${first.text}" is not an organ a symbol can start with`,
      `A symbol starts with ${describeOrgans()}.`,
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
          `${body} (${SUBSIDIARY_BODY_LABELS[body]}) needs its number`,
          `Write ${body}.n, as in E/CN.15/2011/2.`,
        );
      }
      const name = segment.word.toUpperCase();
      if (RESERVED_WORDS.has(name)) break;
      if (name.length > 12) fail(reader, "series", segment, "a series name has at most 12 letters");
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
      `${organ} symbols continue with ${required.name} (${required.label})`,
      `Write ${organ}/${required.name}/…, as in ${organ === "CTOC" ? "CTOC/COP/2020/10" : "CAC/COSP/2019/17"}.`,
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
      `${rules.name}'s symbols carry a session only in its views and decisions`,
      `Write session/D/number/year, as in ${organ}/C/127/D/2728/2016, or the document alone, as in ${organ}/C/SR.3750.`,
    );
  }
  if (rules.form === "serial") {
    fail(
      reader,
      "session",
      segment,
      `${rules.name}'s symbols carry no session or year: its documents are numbered in one series`,
      "Write it as in T/1970 or T/PV.1500.",
    );
  }
  if (rules.numbering === "by-number") {
    const session = numberOf(reader, "session", segment, segment.digits);
    if (session < rules.firstPeriod) {
      fail(
        reader,
        "session",
        segment,
        `session ${session} is too early: ${rules.firstPeriodNote}`,
        "Check the session number against the source.",
      );
    }
    const latest = latestGeneralAssemblySession(reader.referenceDate);
    if (session > latest) {
      fail(
        reader,
        "session",
        segment,
        `${rules.name} has had no ${ordinal(session)} session (session ${session} would open in September ${generalAssemblySessionYear(session)}; ` +
          `the latest as of ${isoDay(reader.referenceDate)} is the ${ordinal(latest)}, opened in September ${generalAssemblySessionYear(latest)})`,
        "Session n of the General Assembly opens in September of 1945 + n: check the session number against the source.",
      );
    }
    return { kind: "session", session };
  }
  if (segment.digits.length !== 4) {
    fail(
      reader,
      "year",
      segment,
      `${rules.name} numbers its documents by year, and "${segment.text}" is not a four-digit year`,
      "Write the year in full, as in E/CN.15/2011/2.",
    );
  }
  const year = Number(segment.digits);
  if (year < rules.firstPeriod) fail(reader, "year", segment, `${year} is too early: ${rules.firstPeriodNote}`);
  const thisYear = reader.referenceDate.getUTCFullYear();
  if (year > thisYear) {
    fail(
      reader,
      "year",
      segment,
      `${year} is in the future (the reference date is ${isoDay(reader.referenceDate)})`,
      "Check the year against the source.",
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
      `the Human Rights Council has had no ${ordinal(session)} session (it holds three regular sessions a year since ${FIRST_HUMAN_RIGHTS_COUNCIL_YEAR}, ` +
        `so at most the ${ordinal(latest)} by the end of ${reader.referenceDate.getUTCFullYear()})`,
      "Check the session number against the source.",
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
  const kind = segment.emergency ? "an emergency special session" : "a special session";
  if (organ !== "A") {
    fail(
      reader,
      "session",
      segment,
      `${kind} is the General Assembly's: ${ORGAN_RULES[organ].name} holds none`,
      "Write it in a General Assembly symbol, as in A/RES/ES-10/19 or A/S-27/2.",
    );
  }
  const special = { emergency: segment.emergency, session: numberOf(reader, "session", segment, segment.digits) };
  const early = specialSessionInsideFault({ organ, category }, special);
  if (early !== undefined) {
    fail(
      reader,
      "session",
      segment,
      romanFormFaultText(early),
      `Write it as in A/RES/3362 (S-VII) or A/RES/2252 (ES-V).`,
    );
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
      "the symbol ends before the document number",
      "Add the document's number, as in A/RES/74/173.",
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
        `${type} documents are numbered after a slash`,
        `Write ${type}/${segment.digits}.`,
      );
    if (next?.shape !== "number")
      fail(reader, "document", segment, `${type} (${DOCUMENT_TYPE_LABELS[type]}) needs a number`, `Write ${type}/1.`);
    reader.index += 1;
    return { type, number: numberOf(reader, "document", next, next.digits) };
  }
  if (type !== undefined) {
    if (segment.shape === "word")
      fail(reader, "document", segment, `${type} (${DOCUMENT_TYPE_LABELS[type]}) needs a number`, `Write ${type}.1.`);
    if (segment.shape === "coded") return { type, number: numberOf(reader, "document", segment, segment.digits) };
  }
  if (isModifierLike(segment)) {
    fail(
      reader,
      "document",
      segment,
      "a modifier comes after the document number, and there is none before it",
      "Write the document number first, as in A/64/123/Add.1.",
    );
  }
  if (segment.shape === "range") {
    fail(
      reader,
      "document",
      segment,
      "numbers joined by a hyphen are a treaty body's combined periodic reports, after a State party",
      "Write one document number, or a treaty body's report as in CERD/C/USA/CO/10-12.",
    );
  }
  if (isEllipsisSegment(segment)) {
    fail(
      reader,
      "document",
      segment,
      `"${PARTIAL_SYMBOL_ELLIPSIS}" stands for a document number that is not known, so this is a partial symbol, not a full one`,
      `Give the number, or store the text where a partial symbol is accepted (DocumentReferenceText), as in E/CN.15/2021/${PARTIAL_SYMBOL_ELLIPSIS}.`,
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
      "series components come right after the organ, before any category, session or year",
      "Write them in order, as in E/CN.15/2021/L.5.",
    );
  }
  return fail(
    reader,
    "document",
    segment,
    code === undefined ? "this is not a document number" : `"${code}" is not a known document type`,
    `Expected a number, or ${DocumentType.options.filter((t) => !SLASHED_DOCUMENT_TYPES.has(t)).join(".n, ")}.n, INF/n, NGO/n or PET/n.`,
  );
}

function readModifier(reader: SymbolReader, segment: Segment): SymbolModifier {
  const code = codeOf(segment);
  const type = code === undefined ? undefined : canonicalCode(ModifierType.options, code);
  if (type === undefined) {
    fail(
      reader,
      "modifier",
      segment,
      `"${segment.text}" cannot follow the document number`,
      "Only modifiers may follow it: /Add.n, /Rev.n, /Corr.n, /Amend.n or /Summary.",
    );
  }
  if (type === "Summary") {
    if (segment.shape === "coded") fail(reader, "modifier", segment, "Summary takes no number", "Write /Summary.");
    return { type };
  }
  if (segment.shape === "word") {
    fail(reader, "modifier", segment, `${type} (${MODIFIER_LABELS[type]}) needs a number`, `Write ${type}.1.`);
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
  | { readonly ok: true; readonly symbol: DocumentSymbol; readonly segments: readonly Segment[] }
  | { readonly ok: false; readonly error: SymbolError };

/**
 * Reads a symbol leniently: blanks, case, full-width forms and missing dots are accepted and
 * the grammar alone is checked. `parseSymbol` adds the written-form check; `normaliseSymbol`
 * uses this reading to repair. @internal
 */
export function readSymbolLeniently(text: string, options: SymbolParseOptions = {}): LenientSymbolRead {
  const mark = REISSUE_MARK_LENIENT.exec(text);
  const segmented = segmentSymbol(mark === null ? text : text.slice(0, mark.index));
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
    if (fault !== undefined) fail(second, "organ", segments[joint], fault, "Write it as in CEDAW/C/GC/31-CRC/C/GC/18.");
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
      `${ORGAN_RULES[organ].name}'s symbols carry no ${category}`,
      organ === "T" && category === "RES"
        ? "A Trusteeship Council resolution carries its session in Roman numerals after it, as in T/RES/2200 (LXI)."
        : undefined,
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
  const misplaced = modifierOrderFault(symbol.modifiers);
  if (misplaced !== undefined) {
    fail(reader, "modifier", modifierSegments[misplaced.index], misplaced.reason, misplaced.hint);
  }
  return symbol;
}

/** Reads the Security Council's year, a resolution's session and the reissue mark that end every symbol. */
function finishSymbol(
  reader: SymbolReader,
  symbol: DocumentSymbol,
  segmented: { readonly segments: readonly Segment[]; readonly yearSuffix?: YearSuffix },
  mark: RegExpExecArray | null,
): LenientSymbolRead {
  const suffix = segmented.yearSuffix;
  if (suffix?.special !== undefined) {
    symbol.adoptionSpecialSession = readAdoptionSpecialSession(reader, symbol, { ...suffix, special: suffix.special });
  } else if (suffix?.roman === true) symbol.adoptionSession = readAdoptionSession(reader, symbol, suffix);
  else if (suffix !== undefined) symbol.adoptionYear = readAdoptionYear(reader, symbol, suffix);
  if (suffix?.part !== undefined) symbol.resolutionPart = readResolutionPart(reader, symbol, suffix.part);
  const asterisks = mark?.[1]?.length ?? 0;
  if (asterisks > 0) symbol.reissue = asterisks;
  return { ok: true, symbol, segments: segmented.segments };
}

/**
 * Parses a UN document symbol into its parts. Strict: the text must be the symbol's one
 * written form, so that `formatSymbol(parseSymbol(s).symbol) === s`. A blank, a stray
 * character, a full-width form, a letter in the wrong case or a missing dot is an error
 * naming its position; `normaliseSymbol` repairs such slips explicitly and says what it
 * changed. A text longer than {@link MAX_SYMBOL_LENGTH} fails at once. Sessions and years are
 * checked against `options.referenceDate` (default: now).
 * @example
 * parseSymbol("E/CN.15/2021/L.5/Rev.1") // { ok: true, symbol }
 * parseSymbol("S/RES/2532 (2020)")      // { ok: true, symbol } with adoptionYear 2020
 * parseSymbol("T/RES/2200 (LXI)")       // { ok: true, symbol } with adoptionSession 61
 * parseSymbol("A/74/123*")              // { ok: true, symbol } with reissue 1
 * parseSymbol("A/RES/74/173 /Add.1")    // { ok: false, error: { part: "segment", offset: 12, … } }
 * parseSymbol("A/624/123").ok           // false: the General Assembly has had no 624th session
 */
export function parseSymbol(text: string, options: SymbolParseOptions = {}): SymbolParseResult {
  const overlong = overlongSymbol(text);
  if (overlong !== undefined) return { ok: false, error: overlong };
  const read = readSymbolLeniently(text, options);
  // The written form's reissue mark ends the text; anything before it is checked as usual.
  const body = text.slice(0, REISSUE_MARK.exec(text)?.index ?? text.length);
  const stray = strayCharacter(body, { yearSuffix: true, ellipsis: true });
  if (stray !== undefined && (read.ok || read.error.offset > stray.offset)) {
    return { ok: false, error: strayCharacterError(text, stray, read.ok ? formatSymbol(read.symbol) : undefined) };
  }
  if (!read.ok) return read;
  const fault =
    writtenFormFault(text, read.segments, symbolComponents(read.symbol)) ?? suffixFormFault(text, read.symbol);
  return fault === undefined ? { ok: true, symbol: read.symbol } : { ok: false, error: fault };
}

/**
 * Where the parenthesised year or session after a symbol differs from its written form
 * (`T/RES/2200 (lxi)`), or `undefined`; the components before it have been checked.
 */
function suffixFormFault(text: string, symbol: DocumentSymbol): SymbolError | undefined {
  const written = formatSymbol(symbol);
  if (written === text) return undefined;
  let at = 0;
  while (at < text.length && text[at] === written[at]) at += 1;
  const open = text.lastIndexOf("(");
  const part =
    symbol.resolutionPart !== undefined && at < open
      ? "document"
      : symbol.adoptionSession !== undefined || symbol.adoptionSpecialSession !== undefined
        ? "session"
        : symbol.adoptionYear !== undefined
          ? "year"
          : "symbol";
  return symbolError(
    text,
    part,
    at,
    text.slice(open === -1 || part === "document" ? at : open),
    `"${text.slice(at)}" is written "${written.slice(at)}"`,
    "A symbol has one written form; normaliseSymbol repairs such slips and says what it changed.",
  );
}

/**
 * Creates a reader over segmented text, for parsers of symbol fragments (prefixes).
 * @internal
 */
export function symbolReader(input: string, segments: readonly Segment[], endOffset: number): SymbolReader {
  return { input, segments, endOffset, referenceDate: new Date(), index: 0 };
}
