import * as z from "zod/mini";
import { formatCitation, formatSymbol } from "../symbol";
import type { CitationRefusal } from "../symbol/Citation";
import { parseCitationUnworded } from "../symbol/CitationParser";
import type { SymbolRefusal } from "../symbol/SymbolError";
import { parseSymbolUnworded } from "../symbol/SymbolParser";
import { briefSymbolRefusal, citationRefusalPlace } from "../symbol/SymbolRefusalBrief";

/** Why a text is neither a symbol nor a citation, as data: what each parser refused it for. */
interface DecisionReferenceRefusal {
  readonly asSymbol: SymbolRefusal;
  readonly asCitation: CitationRefusal;
}

/** Why a text is neither a symbol nor a citation, or `undefined` when it is one of them. */
function referenceRefusal(text: string): DecisionReferenceRefusal | undefined {
  const asSymbol = parseSymbolUnworded(text);
  if (asSymbol.ok) return undefined;
  const asCitation = parseCitationUnworded(text);
  return asCitation.ok ? undefined : { asSymbol: asSymbol.error, asCitation: asCitation.error };
}

/**
 * The refusal in a sentence, in the short words every schema says a symbol's refusal in
 * (`briefSymbolRefusal`); the parsers' full explanations are the issue's `params`.
 */
function referenceProblem(text: string, refusal: DecisionReferenceRefusal): string {
  return (
    `"${text}" is neither a document symbol nor a citation. As a symbol: ${briefSymbolRefusal(refusal.asSymbol)}. ` +
    `As a citation: ${citationRefusalPlace(refusal.asCitation)}. ` +
    `Write a symbol such as "A/RES/74/247" or a citation such as "GA decision 74/567".`
  );
}

/**
 * The stored form: a symbol in its normalised form, a citation in the short English form
 * ("General Assembly decision 74/567" and "大会第74/567号决定" are both "GA decision 74/567"),
 * so that equal references compare equal.
 */
function normaliseReference(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, " ");
  const asSymbol = parseSymbolUnworded(trimmed);
  if (asSymbol.ok) return formatSymbol(asSymbol.value);
  const asCitation = parseCitationUnworded(trimmed);
  return asCitation.ok ? formatCitation(asCitation.value, "en", { short: true }) : trimmed;
}

/**
 * The decision or document that decided something, written either as a document symbol
 * ("A/RES/74/247", normalised by the symbol parser) or as a citation the way the documents
 * cite it ("GA decision 74/567", "ECOSOC decision 2010/243", "CCPCJ resolution 22/8").
 * Validated with the symbol helper's `parseSymbol` and `parseCitation`, so a misprint is
 * rejected with what is wrong and where, the parsers' refusals as the issue's `params`; stored
 * in normal form.
 * @example DecisionReference.parse("General Assembly decision 75/555") // "GA decision 75/555"
 */
export const DecisionReference = z.string().check(
  z.superRefine((text, ctx) => {
    const normal = text.trim().replace(/\s+/g, " ");
    const refusal = referenceRefusal(normal);
    if (refusal !== undefined) {
      ctx.addIssue({ code: "custom", input: text, message: referenceProblem(normal, refusal), params: refusal });
    }
  }),
  z.overwrite(normaliseReference),
);
/** A decision or document cited as its symbol or as "GA decision 74/567". */
export type DecisionReference = z.infer<typeof DecisionReference>;

/** Whether a text is a valid {@link DecisionReference}. */
export function isDecisionReference(text: string): boolean {
  return DecisionReference.safeParse(text).success;
}
