import * as z from "zod/mini";
import { formatCitation, formatSymbol, parseCitation, parseSymbol } from "../symbol";

/** Why a text is neither a symbol nor a citation, or `undefined` when it is one of them. */
function referenceProblem(text: string): string | undefined {
  const asSymbol = parseSymbol(text);
  if (asSymbol.ok) return undefined;
  const asCitation = parseCitation(text);
  if (asCitation.ok) return undefined;
  return (
    `"${text}" is neither a document symbol nor a citation. As a symbol: ${asSymbol.error.message} ` +
    `As a citation: ${asCitation.error.message} ` +
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
  const asSymbol = parseSymbol(trimmed);
  if (asSymbol.ok) return formatSymbol(asSymbol.value);
  const asCitation = parseCitation(trimmed);
  return asCitation.ok ? formatCitation(asCitation.value, "en", { short: true }) : trimmed;
}

/**
 * The decision or document that decided something, written either as a document symbol
 * ("A/RES/74/247", normalised by the symbol parser) or as a citation the way the documents
 * cite it ("GA decision 74/567", "ECOSOC decision 2010/243", "CCPCJ resolution 22/8").
 * Validated with the symbol helper's `parseSymbol` and `parseCitation`, so a misprint is
 * rejected with the parsers' own explanations; stored in normal form.
 * @example DecisionReference.parse("General Assembly decision 75/555") // "GA decision 75/555"
 */
export const DecisionReference = z.string().check(
  z.superRefine((text, ctx) => {
    const problem = referenceProblem(text.trim().replace(/\s+/g, " "));
    if (problem !== undefined) ctx.addIssue({ code: "custom", input: text, message: problem });
  }),
  z.overwrite(normaliseReference),
);
/** A decision or document cited as its symbol or as "GA decision 74/567". */
export type DecisionReference = z.infer<typeof DecisionReference>;

/** Whether a text is a valid {@link DecisionReference}. */
export function isDecisionReference(text: string): boolean {
  return DecisionReference.safeParse(text).success;
}
