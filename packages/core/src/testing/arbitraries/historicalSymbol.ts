import fc from "fast-check";
import type { DocumentSymbol } from "../../symbol";
import {
  LAST_ROMAN_ECOSOC_SESSION,
  LAST_ROMAN_GENERAL_ASSEMBLY_SESSION,
  LAST_ROMAN_SPECIAL_SESSION,
} from "../../symbol";

// Roman numerals written from digit tables, independently of the parser's own writer.
const ONES = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
const TENS = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"];
const roman = (session: number): string => `${TENS[Math.floor(session / 10)] ?? ""}${ONES[session % 10] ?? ""}`;

const resolutionNumber = fc.integer({ min: 1, max: 3999 });
/** The letter of a resolution adopted in parts, or none (most resolutions are one text). */
const part = fc.option(
  fc.integer({ min: 0, max: 25 }).map((index) => String.fromCharCode(65 + index)),
  { nil: undefined, freq: 3 },
);

/** The sessions a Roman-numeral resolution form can name, by organ, with how they are written. */
const romanSessions = fc.oneof(
  fc.record({
    organ: fc.constant("A" as const),
    session: fc.integer({ min: 1, max: LAST_ROMAN_GENERAL_ASSEMBLY_SESSION }),
    special: fc.constant(undefined),
  }),
  fc.record({
    organ: fc.constant("A" as const),
    session: fc.integer({ min: 1, max: LAST_ROMAN_SPECIAL_SESSION.special }),
    special: fc.constant("S" as const),
  }),
  fc.record({
    organ: fc.constant("A" as const),
    session: fc.integer({ min: 1, max: LAST_ROMAN_SPECIAL_SESSION.emergency }),
    special: fc.constant("ES" as const),
  }),
  fc.record({
    organ: fc.constant("E" as const),
    session: fc.integer({ min: 1, max: LAST_ROMAN_ECOSOC_SESSION }),
    special: fc.constant(undefined),
  }),
  fc.record({
    organ: fc.constant("T" as const),
    session: fc.integer({ min: 1, max: 61 }),
    special: fc.constant(undefined),
  }),
);

/**
 * The text of a valid resolution numbered in its organ's one series, with the session it was
 * adopted at in Roman numerals and, when it was adopted in parts, its letter:
 * `A/RES/3379 (XXX)`, `A/RES/2200 A (XXI)`, `A/RES/3362 (S-VII)`, `A/RES/2252 (ES-V)`,
 * `E/RES/1296 (XLIV)`, `E/RES/663 C (XXIV)`, `T/RES/2200 (LXI)`. Built from strings,
 * independently of `formatSymbol`. @internal
 */
export const romanResolutionText: fc.Arbitrary<string> = fc
  .tuple(romanSessions, resolutionNumber, part)
  .map(([{ organ, session, special }, number, letter]) => {
    const lettered = letter === undefined ? "" : ` ${letter}`;
    const written = special === undefined ? roman(session) : `${special}-${roman(session)}`;
    return `${organ}/RES/${number}${lettered} (${written})`;
  });

/** The same resolutions as parts ({@link DocumentSymbol}); `parseSymbol(formatSymbol(parts))` gives them back. @internal */
export const romanResolutionParts: fc.Arbitrary<DocumentSymbol> = fc
  .tuple(romanSessions, resolutionNumber, part)
  .map(([{ organ, session, special }, number, letter]) => ({
    organ,
    series: [],
    category: "RES" as const,
    document: { number },
    modifiers: [],
    ...(special === undefined
      ? { adoptionSession: session }
      : { adoptionSpecialSession: { emergency: special === "ES", session } }),
    ...(letter === undefined ? {} : { resolutionPart: letter }),
  }));
