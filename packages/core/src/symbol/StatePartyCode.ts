import { countryCodeProblem, countryName } from "../geo/Country";
import { said, type SymbolSaid } from "./SymbolSaid";
import { englishSymbolSaid } from "./EnglishSymbolText";

/** A code the treaty bodies write in place of a State party that has no ISO 3166-1 alpha-3 code. */
export interface UnitedNationsTerritoryCode {
  /** Whose reports the code names, as explanations give it. */
  readonly name: string;
  /** Where the code is used: real symbols that carry it. */
  readonly source: string;
}

/**
 * The codes, outside ISO 3166-1 alpha-3, that the human-rights treaty bodies write where a
 * State party's code goes. Each is listed with the symbols it was read from, and nothing
 * else is accepted: `UNK`, Kosovo, for the reports of the United Nations Interim
 * Administration Mission in Kosovo (UNMIK) under resolution 1244 (1999), as in
 * `CCPR/C/UNK/1` and `CCPR/C/UNK/CO/1` (2006) and `E/C.12/UNK/CO/1` (2008); and the two
 * special administrative regions of China, whose reports China submits under its own code
 * with the region's after a hyphen: `CHN-HKG` Hong Kong, China (`CCPR/C/CHN-HKG/CO/4`,
 * `CAT/C/CHN-HKG/CO/5`) and `CHN-MAC` Macao, China (`CCPR/C/CHN-MAC/CO/2`,
 * `CAT/C/CHN-MAC/CO/5`).
 */
export const UN_TERRITORY_CODES: Readonly<Record<string, UnitedNationsTerritoryCode>> = {
  UNK: {
    name: "Kosovo (the reports of the United Nations Interim Administration Mission in Kosovo, UNMIK)",
    source: "CCPR/C/UNK/1, CCPR/C/UNK/CO/1, E/C.12/UNK/CO/1",
  },
  "CHN-HKG": {
    name: "China, for Hong Kong, China (the Hong Kong Special Administrative Region)",
    source: "CCPR/C/CHN-HKG/CO/4, E/C.12/CHN-HKG/CO/3, CAT/C/CHN-HKG/CO/5",
  },
  "CHN-MAC": {
    name: "China, for Macao, China (the Macao Special Administrative Region)",
    source: "CCPR/C/CHN-MAC/CO/2, CAT/C/CHN-MAC/CO/5",
  },
};

/** A region's code written after its State party's with a hyphen (`CHN-HKG`): the State party, then the region. */
const REGIONAL_CODE = /^([A-Z]{3})-([A-Z]{3})$/;

/** Whether a code has the form of a State party's and its region's, `CHN-HKG`. @internal */
export function isRegionalCode(code: string): boolean {
  return REGIONAL_CODE.test(code);
}

/**
 * Why a text cannot name the State party of a treaty body's document, or `undefined` when it
 * can: an ISO 3166-1 alpha-3 code known to UN M49 (`GBR`), or one of
 * {@link UN_TERRITORY_CODES} (`UNK`).
 * @example statePartyCodeProblem("UNK") // undefined
 */
export function statePartyCodeProblem(code: string): string | undefined {
  const fault = statePartyCodeFault(code);
  return fault === undefined ? undefined : englishSymbolSaid(fault);
}

/** {@link statePartyCodeProblem} as a message, for wording it in the reader's language. @internal */
export function statePartyCodeFault(code: string): SymbolSaid | undefined {
  if (Object.hasOwn(UN_TERRITORY_CODES, code) || countryCodeProblem(code) === undefined) return undefined;
  const upper = code.toUpperCase();
  if (upper !== code && (Object.hasOwn(UN_TERRITORY_CODES, upper) || countryCodeProblem(upper) === undefined)) {
    return said("countryNotUpper", { code, upper });
  }
  return said("countryUnknown", { code, codes: Object.keys(UN_TERRITORY_CODES).join(", ") });
}

/** The name of a State party's code, ISO or one of {@link UN_TERRITORY_CODES}, or `undefined`. */
export function statePartyName(code: string): string | undefined {
  return countryName(code) ?? (Object.hasOwn(UN_TERRITORY_CODES, code) ? UN_TERRITORY_CODES[code]?.name : undefined);
}
