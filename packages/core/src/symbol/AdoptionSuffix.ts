import type { DocumentSymbol } from "./DocumentSymbol";
import type { SpecialSession } from "./DocumentSymbol";
import { isSecurityCouncilResolution } from "./DocumentSymbol";
import { romanSessionFault, romanSpecialSessionFault } from "./RomanSessionForm";
import { firstPeriodNote, said } from "./SymbolSaid";
import { ORGAN_RULES } from "./Organ";
import { readRomanNumeral } from "./RomanNumeral";
import { isoDay } from "./SessionNumbering";
import type { Segment, YearSuffix } from "./SymbolSegments";
import type { SymbolReader } from "./SymbolReader";
import { fail, numberOf } from "./SymbolReader";

/** The whole parenthesised suffix, `(2020)`, as a segment for errors about where it stands. */
function bracketed(suffix: YearSuffix): Segment {
  return { shape: "other", text: `(${suffix.digits})`, offset: suffix.bracketOffset, end: suffix.offset };
}

/** What is inside the parentheses, as a segment for errors about its value. */
function inside(suffix: YearSuffix): Segment {
  const end = suffix.offset + suffix.digits.length;
  return suffix.roman
    ? { shape: "word", word: suffix.digits, text: suffix.digits, offset: suffix.offset, end }
    : { shape: "number", digits: suffix.digits, text: suffix.digits, offset: suffix.offset, end };
}

/**
 * Reads the year in parentheses after a Security Council resolution (`S/RES/2532 (2020)`),
 * the one place a year is written so. @internal
 */
export function readAdoptionYear(reader: SymbolReader, symbol: DocumentSymbol, suffix: YearSuffix): number {
  if (!isSecurityCouncilResolution(symbol)) {
    fail(
      reader,
      "year",
      bracketed(suffix),
      said("yearOnlySecurityCouncil"),
      said("hint.example", { example: "S/RES/2532 (2020)" }),
    );
  }
  const digits = inside(suffix);
  if (suffix.digits.length !== 4) {
    fail(reader, "year", digits, said("yearFourDigits"), said("hint.example", { example: "S/RES/2532 (2020)" }));
  }
  const year = numberOf(reader, "year", digits, suffix.digits);
  if (year < ORGAN_RULES.S.firstPeriod)
    fail(reader, "year", digits, said("tooEarly", { value: year, note: firstPeriodNote("S") }));
  if (year > reader.referenceDate.getUTCFullYear()) {
    fail(reader, "year", digits, said("yearInFuture", { year, date: isoDay(reader.referenceDate) }));
  }
  return year;
}

/**
 * Reads the session in Roman numerals after a resolution numbered in one series: the
 * Trusteeship Council's (`T/RES/2200 (LXI)`), the General Assembly's up to its 30th session
 * (`A/RES/3379 (XXX)`) and the Economic and Social Council's up to its 63rd
 * (`E/RES/1296 (XLIV)`). Read leniently as to case; the written form is capitals. The
 * sessions are not checked against a calendar beyond those limits (Remit keeps none).
 * @internal
 */
export function readAdoptionSession(reader: SymbolReader, symbol: DocumentSymbol, suffix: YearSuffix): number {
  const placed = romanSessionFault(symbol, 1);
  if (placed !== undefined) {
    fail(
      reader,
      "session",
      bracketed(suffix),
      placed,
      said("hint.example", { example: "T/RES/2200 (LXI), A/RES/3379 (XXX), E/RES/1296 (XLIV)" }),
    );
  }
  const session = romanSession(reader, suffix);
  const late = romanSessionFault(symbol, session);
  if (late !== undefined) {
    fail(
      reader,
      "session",
      inside(suffix),
      late,
      said("hint.example", { example: symbol.organ === "E" ? "E/RES/1978/1" : "A/RES/31/1" }),
    );
  }
  return session;
}

/** The session in Roman numerals inside the parentheses, or the reader stops with why it is not one. */
function romanSession(reader: SymbolReader, suffix: YearSuffix): number {
  const session = suffix.roman ? readRomanNumeral(suffix.digits.toUpperCase()) : undefined;
  if (session === undefined) {
    fail(reader, "session", inside(suffix), said("notRoman", { text: suffix.digits }), said("hint.roman"));
  }
  return session;
}

/**
 * Reads a special (`S-VII`) or emergency special (`ES-V`) session in Roman numerals after a
 * General Assembly resolution numbered in its one series: `A/RES/3362 (S-VII)`. @internal
 */
export function readAdoptionSpecialSession(
  reader: SymbolReader,
  symbol: DocumentSymbol,
  suffix: YearSuffix & { readonly special: { readonly emergency: boolean } },
): SpecialSession {
  const placed = romanSpecialSessionFault(symbol, { emergency: suffix.special.emergency, session: 1 });
  if (placed !== undefined) {
    fail(reader, "session", bracketed(suffix), placed, said("hint.example", { example: "A/RES/3362 (S-VII)" }));
  }
  const special = { emergency: suffix.special.emergency, session: romanSession(reader, suffix) };
  const late = romanSpecialSessionFault(symbol, special);
  if (late !== undefined) {
    fail(reader, "session", inside(suffix), late, said("hint.example", { example: "A/RES/ES-10/19, A/RES/S-27/2" }));
  }
  return special;
}

/**
 * Reads the letter of a resolution adopted in parts (`A` in `A/RES/2200 A (XXI)`): one letter,
 * before a session in Roman numerals. Read leniently as to case; the written form is a capital.
 * @internal
 */
export function readResolutionPart(
  reader: SymbolReader,
  symbol: DocumentSymbol,
  part: { readonly letter: string; readonly offset: number },
): string {
  const segment: Segment = {
    shape: "word",
    word: part.letter,
    text: part.letter,
    offset: part.offset,
    end: part.offset + 1,
  };
  if (symbol.adoptionSession === undefined && symbol.adoptionSpecialSession === undefined) {
    fail(reader, "document", segment, said("partNotHere"), said("hint.example", { example: "A/RES/2200 A (XXI)" }));
  }
  return part.letter.toUpperCase();
}
