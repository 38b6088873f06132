import * as z from "zod/mini";
import { LocalizedText } from "../text/LocalizedText";
import { normalizeSearchText } from "./SearchText";

/**
 * An organization UNODC works with on an activity: INTERPOL, ITU, Europol, ECTEG, the World
 * Bank, UNICEF, ASEAN, the End Violence partnership, GFCE, ICMEC, NCMEC (¶8, ¶23–26), or
 * technology companies (¶21, ¶27). The name is as the source gives it, in the languages
 * known; `acronym` when the organization has one. Unnamed partners stay unnamed: "global
 * technology companies" is a valid name.
 * @example Partner.parse({ name: { en: "International Criminal Police Organization", zh: "国际刑事警察组织" }, acronym: "INTERPOL" })
 */
export const Partner = z.strictObject({
  name: LocalizedText,
  acronym: z.optional(z.string().check(z.trim(), z.minLength(1))),
});
/** An organization UNODC works with on an activity. */
export type Partner = z.infer<typeof Partner>;

/**
 * Whether a partner is the one asked for: the query equals (ignoring case, accents and
 * spacing) the acronym or the name in any language. "interpol", "INTERPOL" and
 * "国际刑事警察组织" all find INTERPOL; "Inter" does not.
 */
export function isPartner(partner: Partner, query: string): boolean {
  const wanted = normalizeSearchText(query);
  if (wanted === "") return false;
  const names = Object.values(partner.name).filter((name): name is string => name !== undefined);
  const candidates = partner.acronym === undefined ? names : [...names, partner.acronym];
  return candidates.some((candidate) => normalizeSearchText(candidate) === wanted);
}
