import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { Provenance } from "../provenance/Provenance";
import { LocalizedText } from "../text/LocalizedText";
import { Addressee, addresses, type AddresseeKind } from "./Addressee";
import { MandateAction, SELF_EXECUTING_ACTIONS } from "./MandateAction";
import { SessionRef } from "./SessionRef";

/**
 * One operative ask of a mandate: who is asked, to do what, in the source's words, and by
 * which session. `paragraph` is the mandate's own operative paragraph number; it is left out
 * when the source paraphrases the ask without numbering it (the 2021 report quotes
 * GA 74/173 that way, ¶5, ¶15–16), because a guessed number is a defect. `addressees` is
 * empty only for what the adopting body does itself ({@link SELF_EXECUTING_ACTIONS}: GA
 * 74/247 establishes the ad hoc committee; nobody is asked to).
 * @example
 * // CCPCJ resolution 16/2, as the 2011 discussion guide reports it (¶20)
 * OperativeProvision.parse({
 *   addressees: ["member-states"],
 *   action: "encourage",
 *   ask: { zh: "采取与其国际义务和本国立法相符的适当措施，防止并努力消除使用……信息技术为性剥削儿童罪提供便利或实施这类犯罪" },
 *   provenance: [{ source: "document", symbol: "E/CN.15/2011/2", paragraphs: [20] }],
 * })
 */
export const OperativeProvision = z
  .strictObject({
    paragraph: z.optional(z.int().check(z.positive())),
    addressees: z.array(Addressee),
    action: MandateAction,
    ask: LocalizedText,
    /** The session by which the ask is due, when the provision names one. */
    dueSessionRef: z.optional(SessionRef),
    provenance: z.array(Provenance),
  })
  .check(
    z.refine((provision) => provision.addressees.length > 0 || SELF_EXECUTING_ACTIONS.has(provision.action), {
      message: `an operative provision asks someone: give at least one addressee (only ${[...SELF_EXECUTING_ACTIONS].join(", ")} may have none, being done by the adopting body itself)`,
      params: rule("provision.needsAddressee", { actions: [...SELF_EXECUTING_ACTIONS].join(", ") }),
      path: ["addressees"],
    }),
  );
/** One operative ask of a mandate. */
export type OperativeProvision = z.infer<typeof OperativeProvision>;

/**
 * The provisions that ask a given actor, in the mandate's order. Asks to UNODC's Global
 * Programme count as asks to UNODC.
 * @example provisionsAddressedTo(mandate.provisions, "member-states")
 */
export function provisionsAddressedTo(
  provisions: readonly OperativeProvision[],
  kind: AddresseeKind,
): OperativeProvision[] {
  return provisions.filter((provision) => addresses(provision.addressees, kind));
}
