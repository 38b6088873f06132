import type { SymbolComponent } from "./DocumentSymbol";
import type { SymbolRefusal } from "./SymbolError";
import { shown } from "./ShownText";
import { symbolRefusal } from "./SymbolError";
import { said, type SymbolSaid } from "./SymbolSaid";
import type { Segment } from "./SymbolSegments";
import { isJointHyphen } from "./JointGeneralComment";
import { isRegionalCodeHyphen, isReportRangeHyphen } from "./TreatyBody";

/**
 * The longest text read as a symbol. The longest symbols in use are about 35 characters
 * (`E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1`); anything far longer is not a symbol, and is
 * refused before it is read, so that a megabyte of input costs nothing (probe defect 11).
 */
export const MAX_SYMBOL_LENGTH = 100;

/** An error for a text too long to be a symbol, pointing where the limit is passed. @internal */
export function overlongSymbol(input: string): SymbolRefusal | undefined {
  if (input.length <= MAX_SYMBOL_LENGTH) return undefined;
  return symbolRefusal(
    input,
    "symbol",
    MAX_SYMBOL_LENGTH,
    "",
    said("overlong", { max: MAX_SYMBOL_LENGTH, length: input.length }),
    said("hint.example", { example: "A/RES/74/173" }),
  );
}

/** A character that the written form of a symbol never holds, and why. @internal */
export interface StrayCharacter {
  readonly offset: number;
  readonly found: string;
  readonly reason: SymbolSaid;
}

const WRITTEN = /^[A-Za-z0-9./]$/;
const ELLIPSIS = "\u2026";
/** What a special session's hyphen follows: a component that is `S` or `ES` so far (`A/RES/ES-10/19`). */
const SPECIAL_SESSION_BEFORE = /\/E?S$/i;
/**
 * The year of a Security Council resolution or the session of a resolution numbered in one
 * series, in its one written form: ` (2020)`, ` (LXI)`, ` (S-VII)`, ` (S-2)` at the end, with a
 * resolution's part before it (` A (XXI)`); or the parts of a later General Assembly resolution
 * at the end (` A`, ` A-C`); the letters' case is checked as the session's and the part's.
 */
const YEAR_SUFFIX =
  /(?<=\S)(?:(?<=\d) [A-Za-z])? \((?:[Ee]?[Ss]-)?(?:\d+|[A-Za-z]+)\)$|(?<=\d) [A-Za-z](?:-[A-Za-z])?$/;

/** A later resolution's parts after their blank, with slips around the hyphen (`A - C`). */
const PART_SUFFIX_LENIENT = /^[A-Za-z]\s*-\s*[A-Za-z]$/;

function describeStray(input: string, offset: number, character: string): SymbolSaid {
  if (/\s/.test(character)) {
    if (offset === 0) return said("startsBlank");
    if (/^\s*$/.test(input.slice(offset))) return said("endsBlank");
    if (input[offset - 1] === "/" || input[offset + 1] === "/") return said("blankBesideSlash");
    return said("spaceInComponent");
  }
  if (character.normalize("NFKC") !== character) return said("fullWidth", { character });
  return said("cannotAppear", { character });
}

/**
 * The first character of `input` outside the written alphabet of symbols (ASCII letters,
 * digits, dots and slashes; the partial symbol's "…"; a Security Council resolution's
 * ` (year)` at the end; the hyphens of special sessions, combined reports and joint general
 * comments), or `undefined`. @internal
 */
export function strayCharacter(
  input: string,
  allow: { readonly ellipsis?: boolean; readonly yearSuffix?: boolean },
): StrayCharacter | undefined {
  const allowEllipsis = allow.ellipsis === true;
  const suffix = allow.yearSuffix === true ? YEAR_SUFFIX.exec(input) : null;
  const end = suffix === null ? input.length : suffix.index;
  let joined = false;
  for (let offset = 0; offset < end; offset += 1) {
    const character = input[offset] ?? "";
    if (WRITTEN.test(character) || (allowEllipsis && character === ELLIPSIS)) continue;
    // The blank before a later resolution's parts (` A - C`): a slip after it is reported at its own place.
    if (
      character === " " &&
      allow.yearSuffix === true &&
      /\d$/.test(input.slice(0, offset)) &&
      PART_SUFFIX_LENIENT.test(input.slice(offset + 1))
    )
      continue;
    // A special session's hyphen, followed by its number; a stray character after it is
    // reported at its own place, so only a letter, dot, slash or the end make the hyphen stray.
    if (
      character === "-" &&
      SPECIAL_SESSION_BEFORE.test(input.slice(0, offset)) &&
      /^\s*(?:\d|[^A-Za-z./-])/.test(input.slice(offset + 1))
    )
      continue;
    // Combined periodic reports of a treaty body: `CERD/C/USA/CO/10-12`.
    if (character === "-" && isReportRangeHyphen(input.slice(0, offset), input.slice(offset + 1, end))) continue;
    // A State party's region: `CCPR/C/CHN-HKG/CO/4`.
    if (character === "-" && isRegionalCodeHyphen(input.slice(0, offset), input.slice(offset + 1, end))) continue;
    // The two halves of a joint general comment: `CEDAW/C/GC/31-CRC/C/GC/18`, once.
    if (character === "-" && !joined && isJointHyphen(input.slice(0, offset), input.slice(offset + 1, end))) {
      joined = true;
      continue;
    }
    const found = String.fromCodePoint(input.codePointAt(offset) ?? 0);
    return { offset, found, reason: describeStray(input, offset, found) };
  }
  return undefined;
}

/**
 * Where a text that reads as a valid symbol differs from the symbol's written form (case,
 * a missing dot, "..." for "…"), or `undefined` when it is the written form. The text has
 * passed {@link strayCharacter}, so its segments are exactly the text between its slashes,
 * one for each component. @internal
 */
export function writtenFormFault(
  input: string,
  segments: readonly Segment[],
  components: readonly SymbolComponent[],
): SymbolRefusal | undefined {
  for (const [index, component] of components.entries()) {
    const segment = segments[index];
    if (segment === undefined) break;
    const typed = input.slice(segment.offset, segment.end);
    if (typed === component.text) continue;
    let at = 0;
    while (at < typed.length && typed[at] === component.text[at]) at += 1;
    return symbolRefusal(
      input,
      component.part,
      segment.offset + at,
      typed,
      said("writtenAs", { typed: shown(typed), written: component.text }),
      said("hint.oneForm"),
    );
  }
  return undefined;
}

/**
 * The error for a stray character, with the repaired symbol as a hint when the text reads
 * as one once repaired. @internal
 */
export function strayCharacterError(input: string, stray: StrayCharacter, repaired: string | undefined): SymbolRefusal {
  return symbolRefusal(
    input,
    "segment",
    stray.offset,
    stray.found,
    stray.reason,
    repaired === undefined ? said("hint.characters") : said("hint.didYouMean", { symbol: repaired }),
  );
}
