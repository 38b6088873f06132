import type { DocumentSymbol, SpecialSession } from "./DocumentSymbol";
import { formatRomanNumeral } from "./RomanNumeral";
import { ordinalValues, said, type SymbolSaid } from "./SymbolSaid";

/** A symbol's parts before the parenthesised session or year that may end it. */
export type SymbolBeforeSuffix = Omit<
  DocumentSymbol,
  "adoptionYear" | "adoptionSession" | "adoptionSpecialSession" | "resolutionPart" | "lastResolutionPart"
>;

/** The last General Assembly session whose resolutions carry their session in Roman numerals. */
export const LAST_ROMAN_GENERAL_ASSEMBLY_SESSION = 30;

/**
 * The last session of the Economic and Social Council whose resolutions carry it in Roman
 * numerals (`E/RES/2076 (LXII)`, 1977); from 1978 the year is written inside the symbol
 * (`E/RES/1978/1`).
 */
export const LAST_ROMAN_ECOSOC_SESSION = 63;

/**
 * The last special session (the 7th, 1975: `A/RES/3362 (S-VII)`) and emergency special
 * session (the 5th, 1967: `A/RES/2252 (ES-V)`) whose resolutions were numbered in the
 * Assembly's one series with the session after them; later ones write it inside the symbol
 * (`A/RES/S-8/1`, `A/RES/ES-6/1`).
 */
export const LAST_ROMAN_SPECIAL_SESSION = { special: 7, emergency: 5 } as const;

/**
 * The last special session whose resolutions carry it in Arabic numerals after their number:
 * the 1st (1947, `A/RES/106 (S-1)`) and the 2nd (1948, `A/RES/186 (S-2)`); from the 3rd (1961,
 * `A/RES/1622 (S-III)`) to the 7th the session is in Roman numerals. Emergency special sessions
 * are in Roman numerals from the first (`A/RES/997 (ES-I)`).
 */
export const LAST_ARABIC_SPECIAL_SESSION = 2;

/** Whether a special session is written in Arabic numerals after a resolution's number (`S-2`). */
function isArabicSpecialSession(special: SpecialSession): boolean {
  return !special.emergency && special.session <= LAST_ARABIC_SPECIAL_SESSION;
}

/**
 * A special or emergency special session as written after a resolution's number, without the
 * parentheses: `S-2`, `S-VII`, `ES-V`. @internal
 */
export function adoptionSpecialSessionText(special: SpecialSession): string {
  const numeral = isArabicSpecialSession(special) ? String(special.session) : formatRomanNumeral(special.session);
  return `${special.emergency ? "ES" : "S"}-${numeral}`;
}

/**
 * Why a special session after a resolution's number is written in the other numerals, or
 * `undefined`: `S-1` and `S-2` in Arabic numerals, every later one and every emergency special
 * session in Roman numerals.
 */
export function specialSessionNumeralFault(special: SpecialSession, arabic: boolean): RomanFormFault | undefined {
  const expected = isArabicSpecialSession(special);
  if (arabic === expected) return undefined;
  const written = adoptionSpecialSessionText(special);
  return expected
    ? said("specialInArabic", { ...ordinalValues("n", special.session), written })
    : said("specialInRoman", {
        ...ordinalValues("n", special.session),
        kind: special.emergency ? "emergency" : "special",
        written,
      });
}

/** `organ/RES/n` with nothing else around the number: the form a resolution numbered in one series takes. */
export function isBareResolution(symbol: SymbolBeforeSuffix): boolean {
  return (
    symbol.category === "RES" &&
    symbol.series.length === 0 &&
    symbol.period === undefined &&
    symbol.specialSession === undefined &&
    symbol.country === undefined &&
    symbol.document.type === undefined &&
    symbol.modifiers.length === 0
  );
}

/** Why a symbol breaks a rule of the Roman-numeral forms, as a message (`formatSymbolSaid`). */
export type RomanFormFault = SymbolSaid;

/**
 * Why a symbol cannot carry its session of adoption in Roman numerals, or `undefined` when
 * it can: only a resolution numbered in one series (`T/RES/n`, `A/RES/n`, `E/RES/n` with
 * nothing else around the number), for the General Assembly up to its 30th session and for
 * the Economic and Social Council up to its 63rd.
 */
export function romanSessionFault(symbol: SymbolBeforeSuffix, session: number): RomanFormFault | undefined {
  if ((symbol.organ !== "T" && symbol.organ !== "A" && symbol.organ !== "E") || !isBareResolution(symbol)) {
    return said("romanNotHere");
  }
  if (symbol.organ === "A" && session > LAST_ROMAN_GENERAL_ASSEMBLY_SESSION) {
    return said("romanTooLateAssembly", { session });
  }
  if (symbol.organ === "E" && session > LAST_ROMAN_ECOSOC_SESSION) {
    return said("romanTooLateCouncil", { session });
  }
  return undefined;
}

/**
 * Why a symbol cannot carry a special or emergency special session in Roman numerals after
 * it (`A/RES/3362 (S-VII)`), or `undefined` when it can: a General Assembly resolution
 * `A/RES/n`, of the 1st to 7th special or 1st to 5th emergency special session.
 */
export function romanSpecialSessionFault(
  symbol: SymbolBeforeSuffix,
  special: SpecialSession,
): RomanFormFault | undefined {
  if (symbol.organ !== "A" || !isBareResolution(symbol)) return said("specialNotHere");
  const last = special.emergency ? LAST_ROMAN_SPECIAL_SESSION.emergency : LAST_ROMAN_SPECIAL_SESSION.special;
  if (special.session > last) {
    const kind = special.emergency ? "emergency" : "special";
    return said("specialTooLate", { kind, ...ordinalValues("n", special.session), ...ordinalValues("last", last) });
  }
  return undefined;
}

/**
 * Why a General Assembly resolution cannot carry a special session inside its symbol
 * (`A/RES/S-7/1`), or `undefined`: resolutions of the first special and emergency special
 * sessions were numbered in the Assembly's one series, with the session after them.
 */
export function specialSessionInsideFault(
  symbol: Pick<DocumentSymbol, "organ" | "category">,
  special: SpecialSession,
): RomanFormFault | undefined {
  if (symbol.organ !== "A" || symbol.category !== "RES") return undefined;
  const last = special.emergency ? LAST_ROMAN_SPECIAL_SESSION.emergency : LAST_ROMAN_SPECIAL_SESSION.special;
  if (special.session > last) return undefined;
  return said("specialInsideTooEarly", {
    kind: special.emergency ? "emergency" : "special",
    ...ordinalValues("n", special.session),
  });
}
