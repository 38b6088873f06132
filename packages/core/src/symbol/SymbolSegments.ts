import { normaliseText, splitSpans, trimSpan } from "./NormalisedText";
import type { SymbolRefusal, SymbolPart } from "./SymbolError";
import { symbolRefusal } from "./SymbolError";
import { said, type SymbolSaid } from "./SymbolSaid";
import { isJointHyphen } from "./JointGeneralComment";
import { isRegionalCodeHyphen, isReportRangeHyphen } from "./TreatyBody";

/**
 * One component of a symbol between slashes, classified by shape:
 * - `number`: digits only (`74`, `2011`, `173`);
 * - `coded`: letters then a number, with an optional dot (`CN.15`, `L.5`, `Rev1`, `rev. 1`);
 * - `word`: letters only (`RES`, `CCPCJ`, `Summary`, `INF`);
 * - `special`: a special or emergency special session of the General Assembly (`S-27`, `ES-10`);
 * - `range`: the numbers of a treaty body's combined periodic reports (`10-12`);
 * - `regional`: a State party's code and one of its regions' (`CHN-HKG`);
 * - `other`: anything else, which no stage of the grammar accepts.
 * @internal
 */
type SegmentShape =
  | { readonly shape: "number"; readonly digits: string }
  | { readonly shape: "coded"; readonly code: string; readonly digits: string }
  | { readonly shape: "word"; readonly word: string }
  | { readonly shape: "special"; readonly emergency: boolean; readonly digits: string }
  | { readonly shape: "range"; readonly digits: string; readonly lastDigits: string }
  | { readonly shape: "regional"; readonly state: string; readonly region: string }
  | { readonly shape: "other" };

/**
 * A classified segment with its text (folded to ASCII), its offset in the input and the
 * offset just after it (blanks around it excluded). @internal
 */
export type Segment = SegmentShape & {
  readonly text: string;
  readonly offset: number;
  readonly end: number;
  /** Set on the first segment after the hyphen of a joint general comment (`CRC` in `…/GC/31-CRC/…`). */
  readonly joint?: true;
};

/**
 * A year written in parentheses after the symbol, as Security Council resolutions carry it
 * (`S/RES/2532 (2020)`), or a session in Roman numerals (`T/RES/2200 (LXI)`): its text, where they start, where the opening parenthesis is,
 * and where the suffix starts (its leading blank). @internal
 */
export interface YearSuffix {
  /** What is inside the parentheses: a year's digits, or a session's Roman numerals (`LXI`). */
  readonly digits: string;
  /** Whether it is written in letters, a session in Roman numerals, rather than a year. */
  readonly roman: boolean;
  /** A special (`S-VII`) or emergency special (`ES-V`) session: whether it is an emergency one. */
  readonly special?: { readonly emergency: boolean };
  /** The letter of a resolution adopted in parts, before the parentheses (`A` in `2200 A (XXI)`), and where it is. */
  readonly part?: { readonly letter: string; readonly offset: number };
  readonly offset: number;
  readonly bracketOffset: number;
  readonly start: number;
}

/**
 * The letters of a General Assembly resolution adopted in parts, after its number and one
 * blank, with no parentheses after them: ` A` in `A/RES/72/255 A`, ` A-C` in
 * `A/RES/60/247 A-C`. Each letter with where it is. @internal
 */
export interface PartSuffix {
  readonly part: { readonly letter: string; readonly offset: number };
  readonly last?: { readonly letter: string; readonly offset: number };
  /** Where the suffix starts (its leading blank). */
  readonly start: number;
}

/** The segments of a symbol text, or the first structural fault in it. @internal */
export type SegmentsResult =
  | {
      readonly ok: true;
      readonly segments: readonly Segment[];
      readonly endOffset: number;
      readonly yearSuffix?: YearSuffix;
      readonly partSuffix?: PartSuffix;
    }
  | { readonly ok: false; readonly error: SymbolRefusal };

const ALLOWED = /[A-Za-z0-9./\s]/;
/** A resolution's parts after its number, read leniently: ` A`, ` A-C`, ` a - c`. */
const PART_SUFFIX = /(?<=\d)\s+([A-Za-z])(?:\s*-\s*([A-Za-z]))?$/d;
/** A special session's hyphen (`S-27`, `ES-10`), read leniently: the one place a hyphen belongs. */
// A character after it that a symbol never holds is reported at its own place instead.
const SPECIAL_SESSION_HYPHEN = { before: /\/\s*E?S\s*$/i, after: /^\s*(?:\d|[^A-Za-z./-])/ };

/**
 * The character a partial symbol writes in place of the unknown document number:
 * "E/CN.15/2021/…" (U+2026). Its compatibility form is three full stops, so "E/CN.15/2021/..."
 * reads the same.
 */
export const PARTIAL_SYMBOL_ELLIPSIS = "\u2026";

/** Whether a segment is the ellipsis of a partial symbol ("…", or "..." once folded). @internal */
export function isEllipsisSegment(segment: Segment | undefined): boolean {
  return segment?.text === "...";
}

function classify(text: string): SegmentShape {
  if (/^\d+$/.test(text)) return { shape: "number", digits: text };
  const coded = /^([A-Za-z]+)\s*\.?\s*(\d+)$/.exec(text);
  if (coded !== null) return { shape: "coded", code: coded[1] ?? "", digits: coded[2] ?? "" };
  if (/^[A-Za-z]+$/.test(text)) return { shape: "word", word: text };
  const special = /^(E?S)\s*-\s*(\d+)$/i.exec(text);
  if (special !== null) return { shape: "special", emergency: special[1]?.length === 2, digits: special[2] ?? "" };
  const range = /^(\d+)\s*-\s*(\d+)$/.exec(text);
  if (range !== null) return { shape: "range", digits: range[1] ?? "", lastDigits: range[2] ?? "" };
  const regional = /^([A-Za-z]{3})\s*-\s*([A-Za-z]{3})$/.exec(text);
  if (regional !== null) return { shape: "regional", state: regional[1] ?? "", region: regional[2] ?? "" };
  return { shape: "other" };
}

/**
 * Folds a symbol text (full-width forms to ASCII), trims it, and splits it into classified
 * segments. Rejects an empty text, characters a symbol never holds, empty segments and
 * spaces inside a component; each error points at the offending character of the input.
 * @internal
 */
export function segmentSymbol(input: string, options: { readonly parts?: boolean } = {}): SegmentsResult {
  const folded = normaliseText(input);
  const whole = trimSpan(folded.text, 0, folded.text.length);
  const fail = (
    part: SymbolPart,
    at: number,
    found: string,
    reason: SymbolSaid,
    hint?: SymbolSaid,
  ): SegmentsResult => ({
    ok: false,
    error: symbolRefusal(input, part, folded.originOf(at), found, reason, hint),
  });
  if (whole.text === "") {
    return fail("symbol", whole.start, "", said("empty"), said("hint.example", { example: "A/RES/74/173" }));
  }
  // ` (2020)`, ` (LXI)`, ` (S-VII)`, ` (ES-V)`, with a resolution's part before it: ` A (XXI)`.
  const suffix = /(?:(?<=\d)\s+([A-Za-z]))?\s*\(\s*(?:([Ee]?[Ss])\s*-\s*)?(\d*|[A-Za-z]+)\s*\)$/d.exec(whole.text);
  let bodyEnd = whole.end;
  let yearSuffix: YearSuffix | undefined;
  if (suffix !== null) {
    const [suffixStart] = suffix.indices?.[0] ?? [0, 0];
    const [letterStart] = suffix.indices?.[1] ?? [0, 0];
    const [digitsStart] = suffix.indices?.[3] ?? [0, 0];
    const bracket = whole.text.indexOf("(", suffixStart);
    const letter = suffix[1];
    const special = suffix[2];
    bodyEnd = whole.start + suffixStart;
    yearSuffix = {
      digits: suffix[3] ?? "",
      roman: /^[A-Za-z]+$/.test(suffix[3] ?? ""),
      offset: folded.originOf(whole.start + digitsStart),
      bracketOffset: folded.originOf(whole.start + bracket),
      start: folded.originOf(bodyEnd),
      ...(special === undefined ? {} : { special: { emergency: special.length === 2 } }),
      ...(letter === undefined ? {} : { part: { letter, offset: folded.originOf(whole.start + letterStart) } }),
    };
  }
  // ` A`, ` A-C` after a resolution's number: the parts of a later General Assembly resolution.
  const parts = suffix === null && options.parts === true ? PART_SUFFIX.exec(whole.text) : null;
  let partSuffix: PartSuffix | undefined;
  if (parts !== null) {
    const [suffixStart] = parts.indices?.[0] ?? [0, 0];
    const [letterStart] = parts.indices?.[1] ?? [0, 0];
    const [lastStart] = parts.indices?.[2] ?? [0, 0];
    const last = parts[2];
    bodyEnd = whole.start + suffixStart;
    partSuffix = {
      part: { letter: parts[1] ?? "", offset: folded.originOf(whole.start + letterStart) },
      start: folded.originOf(bodyEnd),
      ...(last === undefined ? {} : { last: { letter: last, offset: folded.originOf(whole.start + lastStart) } }),
    };
  }
  let jointAt: number | undefined;
  for (let i = whole.start; i < bodyEnd; i += 1) {
    const character = folded.text[i] ?? "";
    const specialHyphen =
      character === "-" &&
      SPECIAL_SESSION_HYPHEN.before.test(folded.text.slice(whole.start, i)) &&
      SPECIAL_SESSION_HYPHEN.after.test(folded.text.slice(i + 1, bodyEnd));
    const rangeHyphen =
      character === "-" && isReportRangeHyphen(folded.text.slice(whole.start, i), folded.text.slice(i + 1, bodyEnd));
    const regionalHyphen =
      character === "-" && isRegionalCodeHyphen(folded.text.slice(whole.start, i), folded.text.slice(i + 1, bodyEnd));
    const jointHyphen =
      character === "-" &&
      jointAt === undefined &&
      isJointHyphen(folded.text.slice(whole.start, i), folded.text.slice(i + 1, bodyEnd));
    if (jointHyphen) jointAt = i;
    if (!ALLOWED.test(character) && !specialHyphen && !rangeHyphen && !regionalHyphen && !jointHyphen) {
      const original = input.slice(folded.originOf(i), folded.originOf(i + 1)) || character;
      return fail("segment", i, original, said("cannotAppear", { character: original }), said("hint.characters"));
    }
  }
  // A joint general comment is two symbols joined by a hyphen: each half splits at its slashes.
  const spans =
    jointAt === undefined
      ? splitSpans(folded.text, "/", whole.start, bodyEnd)
      : [
          ...splitSpans(folded.text, "/", whole.start, jointAt),
          ...splitSpans(folded.text, "/", jointAt + 1, bodyEnd).map((span, index) =>
            index === 0 ? { ...span, joint: true as const } : span,
          ),
        ];
  const segments: Segment[] = [];
  for (const [index, span] of spans.entries()) {
    if (span.text === "") {
      const reason = index === 0 ? "startsWithSlash" : index === spans.length - 1 ? "endsWithSlash" : "doubleSlash";
      return fail("segment", span.start, "", said(reason), said("hint.slash"));
    }
    const shape = classify(span.text);
    if (shape.shape === "other" && /\s/.test(span.text)) {
      const space = span.start + span.text.search(/\s/);
      return fail("segment", space, span.text, said("spaceInComponent"), said("hint.noSpaces"));
    }
    const at = { text: span.text, offset: folded.originOf(span.start), end: folded.originOf(span.end) };
    segments.push("joint" in span ? { ...shape, ...at, joint: true } : { ...shape, ...at });
  }
  const endOffset = folded.originOf(bodyEnd);
  return {
    ok: true,
    segments,
    endOffset,
    ...(yearSuffix === undefined ? {} : { yearSuffix }),
    ...(partSuffix === undefined ? {} : { partSuffix }),
  };
}

/**
 * Reads the digits of a number in a symbol: positive, no leading zeros, at most nine
 * digits. Returns the number or the reason it is not acceptable.
 * @internal
 */
export function readSymbolNumber(
  digits: string,
): { readonly value: number } | { readonly reason: SymbolSaid; readonly hint: SymbolSaid } {
  if (/^0+$/.test(digits)) return { reason: said("numberZero"), hint: said("hint.check") };
  if (digits.startsWith("0")) {
    const plain = digits.replace(/^0+/, "");
    return { reason: said("leadingZero"), hint: said("hint.write", { text: plain }) };
  }
  if (digits.length > 9) return { reason: said("tooManyDigits"), hint: said("hint.check") };
  return { value: Number(digits) };
}
