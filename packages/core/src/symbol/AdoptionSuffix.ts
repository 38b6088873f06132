import type { DocumentSymbol } from "./DocumentSymbol";
import type { SpecialSession } from "./DocumentSymbol";
import { isSecurityCouncilResolution } from "./DocumentSymbol";
import { resolutionPartFault } from "./ResolutionPart";
import { romanSessionFault, romanSpecialSessionFault, specialSessionNumeralFault } from "./RomanSessionForm";
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
 * Reads a special (`S-VII`, `S-2`) or emergency special (`ES-V`) session after a General
 * Assembly resolution numbered in its one series: `A/RES/3362 (S-VII)`, `A/RES/186 (S-2)`. The
 * 1st and 2nd special sessions are written in Arabic numerals, the others in Roman numerals;
 * each only so. @internal
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
  const arabic = !suffix.roman && suffix.digits !== "";
  // A number that is not one (`S-02`) is refused at the session's start, as inside a symbol (`A/S-027/1`).
  const whole: Segment = { shape: "other", text: suffix.digits, offset: suffix.bracketOffset + 1, end: suffix.offset };
  const session = arabic ? numberOf(reader, "session", whole, suffix.digits) : romanSession(reader, suffix);
  const special = { emergency: suffix.special.emergency, session };
  const late = romanSpecialSessionFault(symbol, special);
  if (late !== undefined) {
    fail(reader, "session", inside(suffix), late, said("hint.example", { example: "A/RES/ES-10/19, A/RES/S-27/2" }));
  }
  const numeral = specialSessionNumeralFault(special, arabic);
  if (numeral !== undefined) {
    fail(
      reader,
      "session",
      inside(suffix),
      numeral,
      said("hint.example", { example: "A/RES/186 (S-2), A/RES/1622 (S-III)" }),
    );
  }
  return special;
}

/** A letter of a resolution's part as a segment, for errors about it. */
function letterSegment(at: { readonly letter: string; readonly offset: number }): Segment {
  return { shape: "word", word: at.letter, text: at.letter, offset: at.offset, end: at.offset + 1 };
}

/**
 * Reads the letters of a resolution adopted in parts: one before a session in Roman numerals
 * (`A` in `A/RES/2200 A (XXI)`), or one or a range at the end of a General Assembly resolution
 * of a regular session (`A/RES/72/255 A`, `A/RES/60/247 A-C`). Read leniently as to case; the
 * written form is capitals. @internal
 */
export function readResolutionPart(
  reader: SymbolReader,
  symbol: DocumentSymbol,
  part: { readonly letter: string; readonly offset: number },
  last?: { readonly letter: string; readonly offset: number },
): { readonly part: string; readonly last?: string } {
  const first = part.letter.toUpperCase();
  const lastLetter = last?.letter.toUpperCase();
  const fault = resolutionPartFault(symbol, first, lastLetter);
  if (fault !== undefined) {
    const at = fault.at === "last" && last !== undefined ? last : part;
    fail(
      reader,
      "document",
      letterSegment(at),
      fault.reason,
      said("hint.example", { example: "A/RES/72/255 A, A/RES/60/247 A-C, A/RES/2200 A (XXI)" }),
    );
  }
  return lastLetter === undefined ? { part: first } : { part: first, last: lastLetter };
}
