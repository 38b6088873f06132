import * as z from "zod/mini";
import { Country } from "../geo";
import type { LocalizedText } from "../text/LocalizedText";

/**
 * What a country is to an activity:
 * - `assisted`: the activity serves it (its officials trained, its law drafted); these are
 *   an activity's `countries`, and the recipient countries of an IATI export;
 * - `based-in`: the people delivering it are based there (the cybercrime mentors "in Austria,
 *   El Salvador, Guatemala, Senegal and Thailand" support other States of their regions, ¶13);
 * - `venue`: the activity took place there, without being for that country.
 */
export const PLACE_ROLES = ["assisted", "based-in", "venue"] as const;

// Marked pure so that a bundle which never uses it drops it: a bundler keeps a call through the
// `z` namespace for its side effects.
/** What a country is to an activity: assisted, where its people are based, or its venue. */
export const PlaceRole = /* @__PURE__ */ z.enum(PLACE_ROLES);
/** What a country is to an activity. */
export type PlaceRole = z.infer<typeof PlaceRole>;

/**
 * A country an activity names in another role than assisted (those are its `countries`).
 * @example ActivityPlace.parse({ country: "AUT", role: "based-in" })
 */
export const ActivityPlace = z.strictObject({
  country: Country,
  // Every role but "assisted", as an enum of its own so that a refusal lists what is allowed.
  role: z.enum(["based-in", "venue"] satisfies PlaceRole[]),
});
/** A country an activity names as where its people are based or where it took place. */
export type ActivityPlace = z.infer<typeof ActivityPlace>;

/** The role names in the six languages, for lists and filters. */
export const PLACE_ROLE_LABELS: Readonly<Record<PlaceRole, LocalizedText>> = {
  assisted: {
    ar: "بلد مستفيد",
    zh: "受援国",
    en: "assisted",
    fr: "pays bénéficiaire",
    ru: "получатель помощи",
    es: "país beneficiario",
  },
  "based-in": {
    ar: "مقر",
    zh: "派驻地",
    en: "based in",
    fr: "lieu d'affectation",
    ru: "место базирования",
    es: "sede",
  },
  venue: {
    ar: "مكان الانعقاد",
    zh: "举办地",
    en: "venue",
    fr: "lieu",
    ru: "место проведения",
    es: "lugar de celebración",
  },
};

/**
 * The countries an activity names in a role, or in any role: `assisted` are its `countries`.
 * @example countriesInRole(mentors, "based-in") // ["AUT", "SLV", "GTM", "SEN", "THA"]
 */
export function countriesInRole(
  activity: {
    readonly countries: { readonly named: readonly Country[] };
    readonly places?: readonly ActivityPlace[] | undefined;
  },
  role: PlaceRole | "any",
): Country[] {
  const places = activity.places ?? [];
  if (role === "assisted") return [...activity.countries.named];
  const others = places.filter((place) => role === "any" || place.role === role).map((place) => place.country);
  return role === "any" ? [...new Set([...activity.countries.named, ...others])] : [...new Set(others)];
}
