import * as z from "zod/mini";
import { rule, type RuleBreach } from "../rule/RuleBreach";
import { M49_COUNTRY_NAMES } from "./M49CountryNames";
import { m49CountryTable } from "./M49CountryTable";

/**
 * A country or area as its ISO 3166-1 alpha-3 code, upper-case, known to the UN M49
 * standard (`BRA`, `SLV`, `CHN`). The message of a rejected code names the code and what is
 * wrong with it.
 * @example Country.parse("SLV") // "SLV"
 */
export const Country = /* @__PURE__ */ (() =>
  // Built in a function marked pure so that a bundle which never uses it drops it: a bundler
  // keeps a call through the `z` namespace, or zod's `.check`, for its side effects.
  z.string().check(
    z.superRefine((code, context) => {
      const breach = countryCodeBreach(code);
      if (breach !== undefined)
        context.addIssue({ code: "custom", input: code, message: countryBreachText(breach), params: breach });
    }),
    z.meta({ pattern: "^[A-Z]{3}$" }),
  ))();
/** An ISO 3166-1 alpha-3 code known to UN M49. */
export type Country = z.infer<typeof Country>;

/**
 * The rule a text breaks as a {@link Country}, or `undefined` when it is one: not upper-case
 * (with the code it meant), unknown to M49, or not three letters.
 * @example countryCodeBreach("slv") // { _tag: "RuleBreach", rule: "country.notUpperCase", values: { code: "slv", upper: "SLV" } }
 */
export function countryCodeBreach(code: string): RuleBreach | undefined {
  if (/^[A-Z]{3}$/.test(code))
    return m49CountryTable().byAlpha3.has(code) ? undefined : rule("country.unknown", { code });
  if (/^[A-Za-z]{3}$/.test(code)) {
    const upper = code.toUpperCase();
    return m49CountryTable().byAlpha3.has(upper)
      ? rule("country.notUpperCase", { code, upper })
      : rule("country.unknown", { code });
  }
  return rule("country.form", { code });
}

function countryBreachText(breach: RuleBreach): string {
  // countryCodeBreach fills these slots with codes, always text.
  const { code, upper } = breach.values as Readonly<Record<string, string>>;
  if (breach.rule === "country.notUpperCase")
    return `"${code}" is not upper-case: write "${upper}" (ISO 3166-1 alpha-3 codes are capitals)`;
  const unknown = `"${code}" is not an ISO 3166-1 alpha-3 code known to UN M49`;
  return breach.rule === "country.form" ? `${unknown}: expected three capital letters, such as "SLV"` : unknown;
}

/**
 * Why a text is not a {@link Country}, or `undefined` when it is one.
 * @example countryCodeProblem("slv") // '"slv" is not upper-case: write "SLV"'
 */
export function countryCodeProblem(code: string): string | undefined {
  const breach = countryCodeBreach(code);
  return breach === undefined ? undefined : countryBreachText(breach);
}

/** Whether a text is a {@link Country}: an upper-case alpha-3 code known to M49. */
export function isCountry(code: string): code is Country {
  return countryCodeProblem(code) === undefined;
}

/** The names by alpha-3 code, built on the first call: the names are listed in the codes' order. */
let names: ReadonlyMap<string | undefined, string> | undefined;

/**
 * The English M49 name of a country or area, or `undefined` for a code M49 does not know.
 * @example countryName("SLV") // "El Salvador"
 */
export function countryName(alpha3: string): string | undefined {
  names ??= new Map(M49_COUNTRY_NAMES.split("|").map((name, index) => [m49CountryTable().alpha3Codes[index], name]));
  return names.get(alpha3);
}

/**
 * The country's three-digit M49 code, or `undefined` for a code M49 does not know.
 * @example countryM49Code("BLZ") // "084"
 */
export function countryM49Code(alpha3: string): string | undefined {
  return m49CountryTable().byAlpha3.get(alpha3)?.code;
}

/** Every ISO 3166-1 alpha-3 code known to M49, sorted: the choices of a country picker. */
export function countryCodes(): readonly Country[] {
  return m49CountryTable().alpha3Codes;
}
