import * as z from "zod/mini";
import { RecordId } from "../record/RecordId";
import { MandateReference } from "./MandateReference";

/**
 * A link to a mandate from another record: the id of a stored mandate
 * (`{ mandateId: "a-res-65-230" }`), or, when the mandate is not stored or the source
 * names it only so, its symbol or citation (`{ reference: "GA decision 74/567" }`).
 * Two shapes rather than one string, so that an id and a symbol are never confused.
 * @example MandateLink.parse({ reference: "A/RES/44/25" })
 */
export const MandateLink = z.union([
  z.strictObject({ mandateId: RecordId }),
  z.strictObject({ reference: MandateReference }),
]);
/** A link to a mandate: by stored id or by symbol/citation. */
export type MandateLink = z.infer<typeof MandateLink>;

/** The link as a reader writes it: the id or the reference. */
export function formatMandateLink(link: MandateLink): string {
  return "mandateId" in link ? link.mandateId : link.reference;
}
