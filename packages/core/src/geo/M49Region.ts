import * as z from "zod/mini";
import type { Country } from "./Country";
import { rule, type RuleBreach } from "../rule/RuleBreach";
import { m49CountryTable } from "./M49CountryTable";
import { m49Index } from "./M49Index";

/**
 * A UN M49 area above the country level, as its three-digit code: the world (`001`), a
 * region (`019` Americas), a subregion (`419` Latin America and the Caribbean) or an
 * intermediate region (`013` Central America).
 * @example M49Region.parse("013") // "013"
 */
export const M49Region = z.string().check(
  z.superRefine((code, context) => {
    const breach = regionCodeBreach(code);
    if (breach !== undefined)
      context.addIssue({ code: "custom", input: code, message: regionBreachText(breach), params: breach });
  }),
  z.meta({ pattern: "^\\d{3}$" }),
);
/** The three-digit code of an M49 area of type 0–3. */
export type M49Region = z.infer<typeof M49Region>;

/**
 * The rule a text breaks as an {@link M49Region}, or `undefined` when it is one: not three
 * digits, unknown to M49, or a country's code (with the alpha-3 code to use instead).
 * @example regionCodeBreach("222") // { _tag: "RuleBreach", rule: "region.isCountry", values: { code: "222", alpha3: "SLV" } }
 */
export function regionCodeBreach(code: string): RuleBreach | undefined {
  if (!/^\d{3}$/.test(code)) return rule("region.form", { code });
  const { regionCodes, byCode } = m49CountryTable();
  if (regionCodes.has(code)) return undefined;
  const country = byCode.get(code);
  return country === undefined
    ? rule("region.unknown", { code })
    : rule("region.isCountry", { code, alpha3: country.alpha3 });
}

function regionBreachText(breach: RuleBreach): string {
  // regionCodeBreach fills these slots with codes, always text.
  const { code = "", alpha3 = "" } = breach.values as Readonly<Record<string, string | undefined>>;
  if (breach.rule === "region.form")
    return `"${code}" is not a UN M49 region code: expected three digits, such as "419"`;
  if (breach.rule === "region.unknown") return `"${code}" is not a UN M49 area code`;
  // The country is named by its alpha-3 code, as the other five languages name it: its English
  // name would bring every M49 name into each schema's bundle (1.6 KB min+gzip), and CLDR's names
  // (Intl.DisplayNames) are not the UN's and differ between runtimes.
  return `"${code}" is the M49 code of a country or area, not a region: use its alpha-3 code "${alpha3}" as a country`;
}

/**
 * Why a text is not an {@link M49Region}, or `undefined` when it is one.
 * @example regionCodeProblem("222") // '"222" is the M49 code of a country or area, not a region: …'
 */
export function regionCodeProblem(code: string): string | undefined {
  const breach = regionCodeBreach(code);
  return breach === undefined ? undefined : regionBreachText(breach);
}

/** Whether a text is an {@link M49Region}. */
export function isM49Region(code: string): code is M49Region {
  return regionCodeProblem(code) === undefined;
}

/**
 * The English M49 name of an area, or `undefined` for an unknown code.
 * @example regionName("419") // "Latin America and the Caribbean"
 */
export function regionName(code: string): string | undefined {
  const entry = m49Index().byCode.get(code);
  return entry !== undefined && entry.type < 4 ? entry.name : undefined;
}

/**
 * The M49 areas a country lies in, nearest first, up to the world: El Salvador (`SLV`) is
 * in Central America, Latin America and the Caribbean, the Americas and the world. Empty
 * for a code M49 does not know.
 * @example regionsOfCountry("SLV") // ["013", "419", "019", "001"]
 */
export function regionsOfCountry(alpha3: string): M49Region[] {
  const { byAlpha3, byCode } = m49Index();
  const regions: M49Region[] = [];
  let parent = byAlpha3.get(alpha3)?.parent;
  while (parent !== undefined) {
    regions.push(parent);
    parent = byCode.get(parent)?.parent;
  }
  return regions;
}

/**
 * Whether a country lies in an M49 area, at any depth.
 * @example isCountryInRegion("BLZ", "419") // true
 */
export function isCountryInRegion(alpha3: string, code: string): boolean {
  return regionsOfCountry(alpha3).includes(code);
}

/**
 * The countries and areas in an M49 area at any depth, as sorted alpha-3 codes; empty for a
 * code that is not a region.
 * @example countriesInRegion("013") // ["BLZ", "CRI", "GTM", "HND", "MEX", "NIC", "PAN", "SLV"]
 */
export function countriesInRegion(code: string): Country[] {
  const { byCode, children } = m49Index();
  if (regionName(code) === undefined) return [];
  const found: Country[] = [];
  const pending = [code];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    for (const child of children.get(next) ?? []) {
      const entry = byCode.get(child);
      if (entry?.type === 4 && entry.iso3166 !== undefined) found.push(entry.iso3166);
      else pending.push(child);
    }
  }
  return found.sort();
}

/** Every M49 area code above the country level, sorted. */
export function regionCodes(): readonly M49Region[] {
  return m49Index().regionCodes;
}
