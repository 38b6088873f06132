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
    session: fc.integer({ min: 3, max: LAST_ROMAN_SPECIAL_SESSION.special }),
    special: fc.constant("S" as const),
  }),
  // The 1st (1947) and 2nd (1948) special sessions are written in Arabic numerals: 186 (S-2).
  fc.record({
    organ: fc.constant("A" as const),
    session: fc.integer({ min: 1, max: 2 }),
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
    const numeral = special === "S" && session <= 2 ? String(session) : roman(session);
    const written = special === undefined ? numeral : `${special}-${numeral}`;
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

/**
 * A General Assembly session from the 31st, when parts are lettered after the number, to the
 * 75th (valid at any reference date from 2021-06-01 on, as the other generators).
 */
const laterSession = fc.integer({ min: LAST_ROMAN_GENERAL_ASSEMBLY_SESSION + 1, max: 75 });
/** A part's letter and, for parts issued together, the later letter that ends the range. */
const laterParts = fc
  .tuple(fc.integer({ min: 0, max: 25 }), fc.option(fc.integer({ min: 1, max: 25 }), { nil: undefined }))
  .map(([first, span]) => ({
    first: String.fromCharCode(65 + first),
    last: span === undefined || first + span > 25 ? undefined : String.fromCharCode(65 + first + span),
  }));

/**
 * The text of a valid General Assembly resolution of a regular session adopted in parts, the
 * part's letter or the range of parts issued together after its number: `A/RES/72/255 A`,
 * `A/RES/60/247 A-C`. Built from strings, independently of `formatSymbol`. @internal
 */
export const laterPartResolutionText: fc.Arbitrary<string> = fc
  .tuple(laterSession, resolutionNumber, laterParts)
  .map(
    ([session, number, { first, last }]) =>
      `A/RES/${session}/${number} ${first}${last === undefined ? "" : `-${last}`}`,
  );

/** The same resolutions as parts ({@link DocumentSymbol}); `parseSymbol(formatSymbol(parts))` gives them back. @internal */
export const laterPartResolutionParts: fc.Arbitrary<DocumentSymbol> = fc
  .tuple(laterSession, resolutionNumber, laterParts)
  .map(([session, number, { first, last }]) => ({
    organ: "A" as const,
    series: [],
    category: "RES" as const,
    period: { kind: "session" as const, session },
    document: { number },
    modifiers: [],
    resolutionPart: first,
    ...(last === undefined ? {} : { lastResolutionPart: last }),
  }));
