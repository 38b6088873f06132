import type { Citation, CitationKind, CitationParseResult, CitationPart } from "./Citation";
import { CITATION_BODY_NAMES, CitationBodyId, citationRefusal, wordedCitationError } from "./Citation";
import type { CitationRefusal } from "./Citation";
import type { Result } from "../result/Result";
import type { NormalisedText } from "./NormalisedText";
import { normaliseText, trimSpan } from "./NormalisedText";
import { ordinalValues, said, type SymbolSaid } from "./SymbolSaid";
import {
  FIRST_ECOSOC_SYMBOL_YEAR,
  FIRST_NUMBERED_GENERAL_ASSEMBLY_SESSION,
  generalAssemblySessionYear,
  isoDay,
  latestGeneralAssemblySession,
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
    readonly reason: SymbolSaid,
    readonly hint?: SymbolSaid,
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
    throw new CitationFault("body", missingAt.start, said("citation.noBody"), said("citation.hint.noBody"));
  }
  const id = BODY_NAMES.get(name);
  if (id === undefined) {
    throw new CitationFault(
      "body",
      span.start,
      said("citation.unknownBody", { text: span.text }),
      said("citation.hint.bodies"),
    );
  }
  return id;
}

function positive(digits: string, part: CitationPart, at: number): number {
  if (/^0/.test(digits))
    throw new CitationFault(part, at, said("citation.leadingZero", { digits }), said("citation.hint.leadingZero"));
  if (digits.length > 9) throw new CitationFault(part, at, said("citation.tooLong", { digits }));
  return Number(digits);
}

function numbered(bodyId: CitationBodyId, kind: CitationKind, span: Span, referenceDate: Date): Citation {
  const match = NUMBER.exec(span.text);
  if (match === null) {
    const reason = span.text === "" ? said("citation.numberMissing") : said("citation.notNumber", { text: span.text });
    throw new CitationFault("number", span.start, reason, said("citation.hint.number"));
  }
  const periodSpan = group(match, "period", span.start);
  const numberSpan = group(match, "number", span.start);
  const number = positive(numberSpan.text, "number", numberSpan.start);
  // ECOSOC is the one by-year body of CITATION_NUMBERING; checking the id lets the type narrow.
  if (bodyId === "ecosoc") {
    const year = Number(periodSpan.text);
    if (periodSpan.text.length !== 4) {
      throw new CitationFault(
        "year",
        periodSpan.start,
        said("citation.councilByYear", { kind, text: periodSpan.text }),
        said("hint.example", { example: "ECOSOC decision 2010/243" }),
      );
    }
    if (year < FIRST_ECOSOC_SYMBOL_YEAR) {
      throw new CitationFault(
        "year",
        periodSpan.start,
        said("citation.councilTooEarly", { year: String(year), kind, first: String(FIRST_ECOSOC_SYMBOL_YEAR) }),
      );
    }
    if (year > referenceDate.getUTCFullYear()) {
      throw new CitationFault(
        "year",
        periodSpan.start,
        said("yearInFuture", { year: String(year), date: isoDay(referenceDate) }),
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
        said("citation.commissionBySession", { kind, session: String(session) }),
        said("hint.example", { example: "CCPCJ resolution 22/8" }),
      );
    }
    return { bodyId, kind, session, number };
  }
  if (session < FIRST_NUMBERED_GENERAL_ASSEMBLY_SESSION) {
    throw new CitationFault(
      "session",
      periodSpan.start,
      said("citation.assemblyTooEarly", { kind, session: String(session) }),
    );
  }
  const latest = latestGeneralAssemblySession(referenceDate);
  if (session > latest) {
    throw new CitationFault(
      "session",
      periodSpan.start,
      said("noSuchAssemblySession", {
        ...ordinalValues("n", session),
        ...ordinalValues("latest", latest),
        year: generalAssemblySessionYear(session),
        latestYear: generalAssemblySessionYear(latest),
        date: isoDay(referenceDate),
      }),
      said("hint.check"),
    );
  }
  return { bodyId, kind, session, number };
}

function parseFolded(folded: NormalisedText, options: CitationParseOptions): Citation {
  const whole = trimSpan(folded.text, 0, folded.text.length);
  const referenceDate = options.referenceDate ?? new Date();
  if (whole.text === "")
    throw new CitationFault(
      "citation",
      whole.start,
      said("citation.empty"),
      said("hint.example", { example: "GA resolution 74/173" }),
    );
  if (/[第号决]/.test(whole.text)) {
    if (!/(决议|决定)$/.test(whole.text)) {
      throw new CitationFault(
        "kind",
        whole.end,
        said("citation.chineseEnd"),
        said("hint.example", { example: "大会第74/173号决议" }),
      );
    }
    const match = CHINESE.exec(whole.text);
    if (match === null)
      throw new CitationFault(
        "number",
        whole.start,
        said("citation.chineseNumber"),
        said("hint.example", { example: "委员会第22/8号决议" }),
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
      said("citation.kindMissing"),
      said("hint.example", { example: "CCPCJ resolution 22/8, GA decision 74/567" }),
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
 * @example parseCitation("CCPCJ resolution 22/8") // { ok: true, value: { bodyId: "ccpcj", kind: "resolution", session: 22, number: 8 } }
 */
export function parseCitation(text: string, options: CitationParseOptions = {}): CitationParseResult {
  const result = parseCitationUnworded(text, options);
  return result.ok ? result : { ok: false, error: wordedCitationError(result.error) };
}

/**
 * {@link parseCitation} with its refusal as data only: what schemas check with, so that a
 * browser bundle of one carries none of the parser's English explanations. @internal
 */
export function parseCitationUnworded(
  text: string,
  options: CitationParseOptions = {},
): Result<Citation, CitationRefusal> {
  if (text.length > MAX_CITATION_LENGTH) {
    return {
      ok: false,
      error: citationRefusal(
        text,
        "citation",
        MAX_CITATION_LENGTH,
        said("citation.overlong", { max: MAX_CITATION_LENGTH, length: text.length }),
        said("hint.example", { example: "CCPCJ resolution 22/8" }),
      ),
    };
  }
  const folded = normaliseText(text);
  try {
    return { ok: true, value: parseFolded(folded, options) };
  } catch (caught) {
    if (!(caught instanceof CitationFault)) throw caught;
    return {
      ok: false,
      error: citationRefusal(text, caught.part, folded.originOf(caught.at), caught.reason, caught.hint),
    };
  }
}
