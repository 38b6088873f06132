import type { DocumentSymbol } from "./DocumentSymbol";
import { adoptionSessionFault, isSecurityCouncilResolution } from "./DocumentSymbol";
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
      "only a Security Council resolution carries its year in parentheses",
      "Write S/RES/2532 (2020); other symbols carry their session or year as a component, as in E/CN.15/2011/2.",
    );
  }
  const digits = inside(suffix);
  if (suffix.digits.length !== 4) {
    fail(reader, "year", digits, "the year of adoption has four digits", "Write it as in S/RES/2532 (2020).");
  }
  const year = numberOf(reader, "year", digits, suffix.digits);
  if (year < ORGAN_RULES.S.firstPeriod)
    fail(reader, "year", digits, `${year} is too early: ${ORGAN_RULES.S.firstPeriodNote}`);
  if (year > reader.referenceDate.getUTCFullYear()) {
    fail(reader, "year", digits, `${year} is in the future (the reference date is ${isoDay(reader.referenceDate)})`);
  }
  return year;
}

/**
 * Reads the session in Roman numerals after a resolution numbered in one series: the
 * Trusteeship Council's (`T/RES/2200 (LXI)`) and the General Assembly's up to its 30th
 * session (`A/RES/3379 (XXX)`). Read leniently as to case; the written form is capitals.
 * The Trusteeship Council's sessions are not checked against a calendar (Remit keeps none).
 * @internal
 */
export function readAdoptionSession(reader: SymbolReader, symbol: DocumentSymbol, suffix: YearSuffix): number {
  const numeral = inside(suffix);
  const placed = adoptionSessionFault(symbol, 1);
  if (placed !== undefined) {
    fail(reader, "session", bracketed(suffix), placed, "Write it as in T/RES/2200 (LXI) or A/RES/3379 (XXX).");
  }
  const session = readRomanNumeral(suffix.digits.toUpperCase());
  if (session === undefined) {
    fail(
      reader,
      "session",
      numeral,
      `"${suffix.digits}" is not a session number in Roman numerals in their usual form`,
      "Write the session as in T/RES/2200 (LXI): subtractive pairs (IV, XL, XC), no letter four times.",
    );
  }
  const late = adoptionSessionFault(symbol, session);
  if (late !== undefined) fail(reader, "session", numeral, late, "Write it as in A/RES/31/1.");
  return session;
}
