import { countryNameIn } from "../report/PlaceNames";
import type { InvalidSymbol, SymbolRefusal } from "./SymbolError";
import type { Result } from "../result/Result";
import { ENGLISH_SYMBOL_EXPLANATIONS } from "./SymbolExplanationsEn";
import { ENGLISH_SYMBOL_REFUSAL_TEXT, type SymbolRefusalKey } from "./SymbolRefusalTextEn";
import type { SymbolSaid } from "./SymbolSaid";
import { shown } from "./ShownText";
import { saySymbol, type SymbolWords } from "./SymbolWords";

// The refusals are worded by functions generated from their catalog (SymbolRefusalTextEn.ts), not
// by the message formatter: the parser and the schemas word only these, so a browser bundle of a
// schema carries neither the formatter nor what explanations and repairs say. No refusal names a
// country (only an explanation names a State party), so the refusals carry no table of names:
// the six-language UN short names are the explanations'.
function sayRefusalWords(key: SymbolRefusalKey, values: Readonly<Record<string, string>>): string {
  return ENGLISH_SYMBOL_REFUSAL_TEXT[key](values);
}

const REPAIRS: SymbolWords = {
  catalog: { language: "en", messages: ENGLISH_SYMBOL_EXPLANATIONS },
  country: (alpha3) => countryNameIn(alpha3, "en"),
};

/** A refusal's message (a reason, a hint, a citation named in one) in English, the parser's own language (`formatSymbolSaid` words it in any). */
export function englishSymbolSaid(message: SymbolSaid): string {
  const values: Record<string, string> = {};
  // Numbers are written as they are in symbols (2569, not 2,569), as `saySymbol` writes them.
  // No refusal names a country (only the explanation `mean.stateParty` does, worded with the
  // UN's names by `formatSymbolSaid`): one that did would show its code here, since naming it
  // would bring every M49 name into the bundle of each schema that parses a symbol.
  for (const [name, value] of Object.entries(message.values))
    values[name] =
      typeof value === "object" ? ("country" in value ? value.country : englishSymbolSaid(value)) : String(value);
  // The parser says refusals only: an explanation's key never reaches here.
  return sayRefusalWords(message.key as SymbolRefusalKey, values);
}

/** A symbol's refusal in English, as its `message` reads (`formatSymbolErrorIn` words it in any language). */
function englishSymbolError(error: Pick<InvalidSymbol, "input" | "offset" | "part" | "wording">): string {
  const { reason, hint, found } = error.wording;
  const part = sayRefusalWords("part", { part: error.part });
  const where =
    found === ""
      ? sayRefusalWords("error.where", { part })
      : sayRefusalWords("error.whereFound", { part, found: shown(found) });
  const message = sayRefusalWords("error.message", {
    input: shown(error.input),
    offset: String(error.offset),
    where,
    reason: englishSymbolSaid(reason),
  });
  return hint === undefined ? message : sayRefusalWords("error.hinted", { message, hint: englishSymbolSaid(hint) });
}

/** What a repair changed, in English (`formatSymbolRepairIn` words it in any language). */
export function englishSymbolRepair(message: SymbolSaid): string {
  return saySymbol(message, REPAIRS);
}

/**
 * A refusal with its English words, as the public parsers return it: `reason` and `message`
 * are worded when first read, since a caller that tries one reading and then another discards
 * most errors unread. @internal
 */
export function wordedSymbolError(refusal: SymbolRefusal): InvalidSymbol {
  let reasonText: string | undefined;
  let messageText: string | undefined;
  const { _tag, input, part, offset, wording } = refusal;
  const error: InvalidSymbol = {
    _tag,
    input,
    part,
    offset,
    wording,
    get reason() {
      return (reasonText ??= englishSymbolSaid(wording.reason));
    },
    get message() {
      return (messageText ??= englishSymbolError(error));
    },
  };
  return error;
}

/** A parser's outcome with its refusal worded in English ({@link wordedSymbolError}). @internal */
export function wordedSymbolResult<T>(result: Result<T, SymbolRefusal>): Result<T, InvalidSymbol> {
  return result.ok ? result : { ok: false, error: wordedSymbolError(result.error) };
}
