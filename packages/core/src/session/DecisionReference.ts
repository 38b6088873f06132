import * as z from "zod";
import { formatSymbol, parseCitation, parseSymbol } from "../symbol";

/**
 * The decision or document that decided something, written either as a document symbol
 * ("A/DEC/74/567", normalised by the symbol parser) or as a citation the way the documents
 * cite it ("GA decision 74/567", "ECOSOC decision 2010/243", "CCPCJ resolution 22/8").
 * Validated with the symbol helper's `parseSymbol` and `parseCitation`, so a misprint is
 * rejected with the parser's own explanation.
 * @example DecisionReference.parse("GA decision 75/555") // "GA decision 75/555"
 */
export const DecisionReference = z.string().transform((input, ctx) => {
  const text = input.trim().replace(/\s+/g, " ");
  const asSymbol = parseSymbol(text);
  if (asSymbol.ok) return formatSymbol(asSymbol.symbol);
  const asCitation = parseCitation(text);
  if (asCitation.ok) return text;
  ctx.addIssue({
    code: "custom",
    input,
    message:
      `"${input}" is neither a document symbol nor a citation. As a symbol: ${asSymbol.error.message}. ` +
      `As a citation: ${asCitation.error.message}. ` +
      `Write a symbol such as "A/RES/74/247" or a citation such as "GA decision 74/567".`,
  });
  return z.NEVER;
});
/** A decision or document cited as its symbol or as "GA decision 74/567". */
export type DecisionReference = z.infer<typeof DecisionReference>;

/** Whether a text is a valid {@link DecisionReference}. */
export function isDecisionReference(text: string): boolean {
  return DecisionReference.safeParse(text).success;
}
