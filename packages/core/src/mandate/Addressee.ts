import * as z from "zod/mini";
import { LocalizedText } from "../text/LocalizedText";

/**
 * Who an operative paragraph asks, from a closed list of the actors the mandates name:
 * UNODC (and its Global Programme on Cybercrime), the Secretary-General, Member States,
 * the private sector, civil society, international and regional organizations, the
 * Commission (CCPCJ), the expert group on cybercrime and the ad hoc committee.
 * @example AddresseeKind.parse("member-states")
 */
export const AddresseeKind = z.enum([
  "unodc",
  "unodc-gpc",
  "secretary-general",
  "member-states",
  "private-sector",
  "civil-society",
  "international-organizations",
  "regional-organizations",
  "commission",
  "expert-group",
  "ad-hoc-committee",
]);
/** One of the actors the mandates name as addressees. */
export type AddresseeKind = z.infer<typeof AddresseeKind>;

/**
 * An addressee outside the closed list, named in the words of the source (for instance a
 * named partner organization). Kept as localized text so that it can be shown, never matched.
 * @example OtherAddressee.parse({ other: { en: "technology companies" } })
 */
export const OtherAddressee = z.strictObject({
  other: LocalizedText,
});
/** An addressee named in free text. */
export type OtherAddressee = z.infer<typeof OtherAddressee>;

/**
 * An addressee of an operative paragraph: a kind from the closed list (a plain string in
 * JSON) or `{ other: LocalizedText }`.
 * @example Addressee.parse("unodc") // "unodc"
 */
export const Addressee = z.union([AddresseeKind, OtherAddressee]);
/** An addressee of an operative paragraph. */
export type Addressee = z.infer<typeof Addressee>;

/** Whether an addressee is one of the closed list (and not free text). */
export function isAddresseeKind(addressee: Addressee): addressee is AddresseeKind {
  return typeof addressee === "string";
}

/**
 * Whether a provision's addressees include `kind`. UNODC's Global Programme is part of
 * UNODC, so a question about "unodc" also matches asks made to "unodc-gpc".
 */
export function addresses(addressees: readonly Addressee[], kind: AddresseeKind): boolean {
  return addressees.some((addressee) => addressee === kind || (kind === "unodc" && addressee === "unodc-gpc"));
}
