import type { Citation, CitationKind, CitationParseResult, CitationPart } from "./Citation";
import { CITATION_BODY_NAMES, CitationBodyId, citationError } from "./Citation";
import type { NormalisedText } from "./NormalisedText";
import { normaliseText, trimSpan } from "./NormalisedText";
import {
  FIRST_ECOSOC_SYMBOL_YEAR,
  FIRST_NUMBERED_GENERAL_ASSEMBLY_SESSION,
  generalAssemblySessionYear,
  isoDay,
  latestGeneralAssemblySession,
  ordinal,
} from "./SessionNumbering";

/**
 * The longest text read as a citation. The longest real one, "Commission on Crime Prevention
 * and Criminal Justice resolution 22/8", has 64 characters; a longer text fails at once
 * rather than being scanned (probe defect 11).
 */
export const MAX_CITATION_LENGTH = 200;

/** Options of {@link parseCitation}. */
export interface CitationParseOptions {
  /** The body of a citation that names none ("decision 18/1" in a Commission document). */
  readonly defaultBodyId?: CitationBodyId;
  /** The date General Assembly sessions and years are checked against. Defaults to now. */
  readonly referenceDate?: Date;
}

/**
 * Body names as citations write them, lower-cased. "The Commission" (委员会) is the
 * Commission on Crime Prevention and Criminal Justice, the only commission whose
 * resolutions the Remit documents cite.
 */
const BODY_NAMES: ReadonlyMap<string, CitationBodyId> = new Map<string, CitationBodyId>([
  ...CitationBodyId.options.flatMap((id): [string, CitationBodyId][] => [
    [CITATION_BODY_NAMES[id].en.toLowerCase(), id],
    [CITATION_BODY_NAMES[id].short.toLowerCase(), id],
    [CITATION_BODY_NAMES[id].zh, id],
  ]),
  ["commission", "ccpcj"],
  ["委员会", "ccpcj"],
  ["经社理事会", "ecosoc"],
]);

const ENGLISH = /^(?<body>.*?)\s*\b(?<kind>resolution|decision)\b\s*(?<number>.*)$/di;
const CHINESE = /^(?<body>.*?)\s*(?:在其|在)?\s*第\s*(?<number>[^号]*?)\s*号\s*(?<kind>决议|决定)$/d;
const NUMBER = /^(?<period>\d+)\s*\/\s*(?<number>\d+)$/d;

interface Span {
  readonly text: string;
  readonly start: number;
}

/** Thrown inside the parser and caught in `parseCitation`, which returns it as a value. */
class CitationFault {
  constructor(
    readonly part: CitationPart,
    readonly at: number,
    readonly reason: string,
    readonly hint?: string,
  ) {}
}

function group(match: RegExpExecArray, name: string, base: number): Span {
  const range = match.indices?.groups?.[name];
  return { text: match.groups?.[name] ?? "", start: base + (range?.[0] ?? 0) };
}

/** The body a citation names; `missingAt` is where to point when it names none. */
function bodyOf(span: Span, missingAt: Span, options: CitationParseOptions): CitationBodyId {
  const name = span.text
    .replace(/^the\s+/i, "")
    .replace(/\s+/g, " ")
    .toLowerCase();
  if (name === "") {
    if (options.defaultBodyId !== undefined) return options.defaultBodyId;
    throw new CitationFault(
      "body",
      missingAt.start,
      "the citation names no body",
      "Name it, as in 'CCPCJ decision 18/1', or pass { defaultBodyId } when the context fixes it.",
    );
  }
  const id = BODY_NAMES.get(name);
  if (id === undefined) {
    throw new CitationFault(
      "body",
      span.start,
      `"${span.text}" is not a body whose resolutions Remit cites`,
      "Expected the General Assembly (GA, 大会), the Economic and Social Council (ECOSOC, 经济及社会理事会) or the Commission on Crime Prevention and Criminal Justice (CCPCJ, 预防犯罪和刑事司法委员会).",
    );
  }
  return id;
}

function positive(digits: string, part: CitationPart, at: number): number {
  if (/^0/.test(digits))
    throw new CitationFault(
      part,
      at,
      `"${digits}" starts with a zero`,
      "Numbers are written without leading zeros and start at 1.",
    );
  if (digits.length > 9) throw new CitationFault(part, at, `"${digits}" is too long a number`);
  return Number(digits);
}

function numbered(bodyId: CitationBodyId, kind: CitationKind, span: Span, referenceDate: Date): Citation {
  const match = NUMBER.exec(span.text);
  if (match === null) {
    const reason = span.text === "" ? "the number is missing" : `"${span.text}" is not a resolution or decision number`;
    throw new CitationFault(
      "number",
      span.start,
      reason,
      "Write session/number or year/number, as in 22/8 or 2010/243.",
    );
  }
  const periodSpan = group(match, "period", span.start);
  const numberSpan = group(match, "number", span.start);
  const number = positive(numberSpan.text, "number", numberSpan.start);
  const name = CITATION_BODY_NAMES[bodyId].en;
  // ECOSOC is the one by-year body of CITATION_NUMBERING; checking the id lets the type narrow.
  if (bodyId === "ecosoc") {
    const year = Number(periodSpan.text);
    if (periodSpan.text.length !== 4) {
      throw new CitationFault(
        "year",
        periodSpan.start,
        `the ${name} numbers its ${kind}s by year, and "${periodSpan.text}" is not a four-digit year`,
        "Write e.g. ECOSOC decision 2010/243.",
      );
    }
    if (year < FIRST_ECOSOC_SYMBOL_YEAR) {
      throw new CitationFault(
        "year",
        periodSpan.start,
        `${year} is too early: the ${name} has numbered its ${kind}s by year only since ${FIRST_ECOSOC_SYMBOL_YEAR}`,
      );
    }
    if (year > referenceDate.getUTCFullYear()) {
      throw new CitationFault(
        "year",
        periodSpan.start,
        `${year} is in the future (the reference date is ${isoDay(referenceDate)})`,
      );
    }
    return { bodyId, kind, year, number };
  }
  const session = positive(periodSpan.text, "session", periodSpan.start);
  if (bodyId === "ccpcj") {
    // The Commission's sessions are numbered from its first, in two digits for decades to come.
    if (periodSpan.text.length >= 4) {
      throw new CitationFault(
        "session",
        periodSpan.start,
        `the ${name} numbers its ${kind}s by session, and ${session} looks like a year`,
        "Write e.g. CCPCJ resolution 22/8.",
      );
    }
    return { bodyId, kind, session, number };
  }
  if (session < FIRST_NUMBERED_GENERAL_ASSEMBLY_SESSION) {
    throw new CitationFault(
      "session",
      periodSpan.start,
      `session ${session} is too early: the General Assembly has numbered its ${kind}s by session only since its 31st session (1976)`,
    );
  }
  const latest = latestGeneralAssemblySession(referenceDate);
  if (session > latest) {
    throw new CitationFault(
      "session",
      periodSpan.start,
      `the General Assembly has had no ${ordinal(session)} session (session ${session} would open in September ${generalAssemblySessionYear(session)}; the latest as of ${isoDay(referenceDate)} is the ${ordinal(latest)})`,
      "Check the session number against the source.",
    );
  }
  return { bodyId, kind, session, number };
}

function parseFolded(folded: NormalisedText, options: CitationParseOptions): Citation {
  const whole = trimSpan(folded.text, 0, folded.text.length);
  const referenceDate = options.referenceDate ?? new Date();
  if (whole.text === "")
    throw new CitationFault("citation", whole.start, "the citation is empty", "Write e.g. 'GA resolution 74/173'.");
  if (/[第号决]/.test(whole.text)) {
    if (!/(决议|决定)$/.test(whole.text)) {
      throw new CitationFault(
        "kind",
        whole.end,
        "a Chinese citation ends with 决议 (resolution) or 决定 (decision)",
        "Write e.g. 大会第74/173号决议.",
      );
    }
    const match = CHINESE.exec(whole.text);
    if (match === null)
      throw new CitationFault(
        "number",
        whole.start,
        "the number is not written 第…号",
        "Write e.g. 委员会第22/8号决议.",
      );
    const kindSpan = group(match, "kind", whole.start);
    const kind: CitationKind = kindSpan.text === "决议" ? "resolution" : "decision";
    const bodyId = bodyOf(group(match, "body", whole.start), { text: "", start: whole.start }, options);
    return numbered(bodyId, kind, group(match, "number", whole.start), referenceDate);
  }
  const match = ENGLISH.exec(whole.text);
  if (match === null) {
    const firstDigit = whole.text.search(/\d/);
    throw new CitationFault(
      "kind",
      whole.start + Math.max(firstDigit, 0),
      "a citation says whether it is a resolution or a decision before its number",
      "Write e.g. 'CCPCJ resolution 22/8' or 'GA decision 74/567'.",
    );
  }
  const kindSpan = group(match, "kind", whole.start);
  const kind = kindSpan.text.toLowerCase() as CitationKind;
  return numbered(
    bodyOf(group(match, "body", whole.start), kindSpan, options),
    kind,
    group(match, "number", whole.start),
    referenceDate,
  );
}

/**
 * Parses a citation of a resolution or decision, in English or in Chinese as the seeds
 * write it: "CCPCJ resolution 22/8", "Commission on Crime Prevention and Criminal Justice
 * resolution 22/8", "ECOSOC decision 2010/243", "GA decision 74/567", "decision 18/1" (with
 * `defaultBodyId`), "大会第74/173号决议", "经济及社会理事会第 2010/243 号决定",
 * "委员会第22/8号决议". General Assembly sessions are checked against `referenceDate`. A text
 * longer than {@link MAX_CITATION_LENGTH} fails at once.
 * @example parseCitation("CCPCJ resolution 22/8") // { ok: true, citation: { bodyId: "ccpcj", kind: "resolution", session: 22, number: 8 } }
 */
export function parseCitation(text: string, options: CitationParseOptions = {}): CitationParseResult {
  if (text.length > MAX_CITATION_LENGTH) {
    return {
      ok: false,
      error: citationError(
        text,
        "citation",
        MAX_CITATION_LENGTH,
        `a citation has at most ${MAX_CITATION_LENGTH} characters, and this text has ${text.length}`,
        "Give the citation alone, as in 'CCPCJ resolution 22/8'.",
      ),
    };
  }
  const folded = normaliseText(text);
  try {
    return { ok: true, citation: parseFolded(folded, options) };
  } catch (caught) {
    if (!(caught instanceof CitationFault)) throw caught;
    return {
      ok: false,
      error: citationError(text, caught.part, folded.originOf(caught.at), caught.reason, caught.hint),
    };
  }
}
