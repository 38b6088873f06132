import { ORGAN_RULES, type Organ } from "./Organ";
import { ordinal } from "./SessionNumbering";
import type { SymbolMessageKey } from "./SymbolMessagesEn";
import type { TreatyBody } from "./TreatyBody";

export type { SymbolMessageKey } from "./SymbolMessagesEn";

/**
 * What a symbol's refusal or explanation says, as data: a message key and the values it is
 * worded from, so that an adapter words it in the reader's language (`formatSymbolSaid`).
 * A value is a code, a number or a symbol as written, or another message (an organ's name).
 * @example { key: "tooEarly", values: { value: 1975, note: { key: "firstPeriod", values: { organ: "E" } } } }
 */
export interface SymbolSaid {
  readonly key: SymbolMessageKey;
  readonly values: Readonly<Record<string, SymbolSaidValue>>;
}

/**
 * What fills a slot of a {@link SymbolSaid}: a text, a number, another message, or a country
 * by its ISO 3166-1 alpha-3 code, named in the reader's language with the UN's short name.
 */
export type SymbolSaidValue = string | number | SymbolSaid | { readonly country: string };

/** A message with its values, to be worded later. @internal */
export function said(key: SymbolMessageKey, values: Readonly<Record<string, SymbolSaidValue>> = {}): SymbolSaid {
  return { key, values };
}

/**
 * A number that a message writes as an ordinal: `{n}` for the languages that write it from the
 * number, and for English `{nth}` ("74th"; `{latestNth}` beside `{latest}`); `{nRank}` is
 * "first" or "later". @internal
 */
export function ordinalValues(name: string, n: number): Record<string, number | string> {
  // `{nRank}` lets a language write the first differently (French "1re", "2e").
  return { [name]: n, [name === "n" ? "nth" : `${name}Nth`]: ordinal(n), [`${name}Rank`]: n === 1 ? "first" : "later" };
}

// A treaty body's organ (CCPR, CAT, …) is named as the body; read at call time, since the
// treaty bodies' rules import this module.
const isTreatyOrgan = (organ: Organ): boolean => ORGAN_RULES[organ].form === "treaty-body";

/** An organ's name as a message: a principal organ or series, or a treaty body named by its organ. @internal */
export function organName(organ: Organ): SymbolSaid {
  return isTreatyOrgan(organ) ? said("treatyBody", { body: organ }) : said("organ", { organ });
}

/** The note on why an organ's symbols carry no earlier session or year. @internal */
export function firstPeriodNote(organ: Organ): SymbolSaid {
  return said("firstPeriod", { organ: ORGAN_RULES[organ].form === "treaty-body" ? "treaty" : organ });
}

/** A treaty body's name as a message. @internal */
export function bodyName(body: TreatyBody): SymbolSaid {
  return said("treatyBody", { body });
}

/**
 * An organ's name where a message says whose something is ("the 74th session of the General
 * Assembly"): the languages that inflect the name or contract its article write it by code. @internal
 */
export function organOf(organ: Organ): SymbolSaid {
  return isTreatyOrgan(organ)
    ? said("treatyBodyOf", { body: organ, name: organName(organ) })
    : said("organOf", { organ, name: organName(organ) });
}

/** A treaty body's name where a message says whose something is. @internal */
export function bodyOf(body: TreatyBody): SymbolSaid {
  return said("treatyBodyOf", { body, name: bodyName(body) });
}
