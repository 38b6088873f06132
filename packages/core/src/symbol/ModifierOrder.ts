import type { SymbolModifier } from "./DocumentSymbol";
import type { ModifierType } from "./SymbolVocabulary";
import { said, type SymbolSaid } from "./SymbolSaid";
import { englishSymbolSaid } from "./EnglishSymbolText";

/**
 * Which modifier may follow which. Each modifier changes the text written before it, so the
 * order reads outwards: `L.5/Rev.1/Add.1` is an addendum to the first revision of draft 5,
 * `Add.1/Corr.1` a corrigendum to an addendum. A corrigendum or a summary ends the symbol;
 * an amendment (the Secretariat's `ST/AI/…/Amend.1`) may only be corrected.
 */
const MAY_FOLLOW: Readonly<Record<ModifierType | "document", readonly ModifierType[]>> = {
  document: ["Add", "Rev", "Corr", "Amend", "Summary"],
  Add: ["Rev", "Corr", "Summary"],
  Rev: ["Add", "Corr", "Amend", "Summary"],
  Amend: ["Corr"],
  Corr: [],
  Summary: [],
};

/** Why a modifier cannot stand where it is, and what would. */
export interface ModifierOrderFault {
  /** The index of the first misplaced modifier in the list. */
  readonly index: number;
  readonly reason: string;
  readonly hint: string;
  /** The reason and hint as data, for wording them in the reader's language (`formatSymbolSaid`). */
  readonly wording: { readonly reason: SymbolSaid; readonly hint: SymbolSaid };
}

/** {@link ModifierOrderFault} as data only, as the parser reads it. @internal */
export type ModifierOrderRefusal = Pick<ModifierOrderFault, "index" | "wording">;

function orderFault(index: number, reason: SymbolSaid, hint: SymbolSaid): ModifierOrderRefusal {
  return { index, wording: { reason, hint } };
}

/**
 * The first modifier of a list that breaks the order rules (`MAY_FOLLOW`, and no
 * modifier twice), or `undefined` when the list is in order.
 * @example modifierOrderFault([{ type: "Corr", number: 1 }, { type: "Add", number: 1 }]) // index 1
 */
export function modifierOrderFault(modifiers: readonly SymbolModifier[]): ModifierOrderFault | undefined {
  const fault = modifierOrderRefusal(modifiers);
  if (fault === undefined) return undefined;
  const { reason, hint } = fault.wording;
  return { ...fault, reason: englishSymbolSaid(reason), hint: englishSymbolSaid(hint) };
}

/** {@link modifierOrderFault} without its English words, for the parser. @internal */
export function modifierOrderRefusal(modifiers: readonly SymbolModifier[]): ModifierOrderRefusal | undefined {
  const seen = new Set<ModifierType>();
  let previous: ModifierType | "document" = "document";
  for (const [index, modifier] of modifiers.entries()) {
    if (seen.has(modifier.type)) {
      const label = said("modifier", { type: modifier.type });
      return orderFault(
        index,
        said("modifierTwice", { type: modifier.type, label }),
        said("hint.modifierNumber", { type: modifier.type }),
      );
    }
    const allowed: readonly ModifierType[] = MAY_FOLLOW[previous];
    if (!allowed.includes(modifier.type)) {
      const label = said("modifier", { type: modifier.type });
      return orderFault(
        index,
        said("modifierOrder", { type: modifier.type, label, after: previous }),
        allowed.length === 0
          ? said("hint.modifierEnds", { type: previous })
          : said("hint.modifierAfter", { after: previous, allowed: allowed.join(", ") }),
      );
    }
    seen.add(modifier.type);
    previous = modifier.type;
  }
  return undefined;
}
