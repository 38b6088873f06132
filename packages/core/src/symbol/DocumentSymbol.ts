import * as z from "zod";
import { modifierOrderFault } from "./ModifierOrder";
import { ORGAN_RULES, Organ } from "./Organ";
import type { SymbolPart } from "./SymbolPart";
import {
  DocumentType,
  ModifierType,
  RESERVED_WORDS,
  SLASHED_DOCUMENT_TYPES,
  SubsidiaryBodyCode,
  SymbolCategory,
} from "./SymbolVocabulary";

/** A number inside a symbol: positive, written without leading zeros, at most nine digits. */
export const SymbolNumber = z.int().min(1).max(999_999_999);

/**
 * A component between the organ and the session or year: a numbered subsidiary body
 * (`CN.15`, `CONF.213`, `EG.4`) or a named series of its own (`CCPCJ` in
 * `UNODC/CCPCJ/EG.4/2020/2`, `SGB` in `ST/SGB/2019/1`).
 */
export const SeriesComponent = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("body"), code: SubsidiaryBodyCode, number: SymbolNumber }).strict(),
  z
    .object({
      kind: z.literal("series"),
      name: z
        .string()
        .regex(/^[A-Z]{1,12}$/, { message: "a series name is 1 to 12 capital letters" })
        .refine((name) => !RESERVED_WORDS.has(name), {
          message: "a series name cannot be a word of the symbol grammar",
        }),
    })
    .strict(),
]);
/** A subsidiary-body or named-series component of a symbol. */
export type SeriesComponent = z.infer<typeof SeriesComponent>;

/**
 * The session or year a document belongs to: General Assembly symbols carry the session
 * (`A/RES/74/173`, 74th session), the others a four-digit year (`E/CN.15/2011/2`).
 */
export const SymbolPeriod = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("session"), session: SymbolNumber }).strict(),
  z.object({ kind: z.literal("year"), year: z.int().min(1000).max(9999) }).strict(),
]);
/** The session or year component of a symbol. */
export type SymbolPeriod = z.infer<typeof SymbolPeriod>;

/**
 * A special session (`S-27`) or emergency special session (`ES-10`) of the General Assembly,
 * which its documents carry in place of the regular session.
 */
export const SpecialSession = z.object({ emergency: z.boolean(), session: SymbolNumber }).strict();
/** A special or emergency special session of the General Assembly. */
export type SpecialSession = z.infer<typeof SpecialSession>;

/** The document's own number, with its type when it has one (`L.5`, `INF/1`, plain `173`). */
export const DocumentDesignation = z.object({ type: DocumentType.optional(), number: SymbolNumber }).strict();
/** The document's own number and type. */
export type DocumentDesignation = z.infer<typeof DocumentDesignation>;

/** A final modifier: `Add.1`, `Rev.2`, `Corr.1`, `Amend.1` (numbered) or `Summary`. */
export const SymbolModifier = z.union([
  z.object({ type: ModifierType.exclude(["Summary"]), number: SymbolNumber }).strict(),
  z.object({ type: z.literal("Summary") }).strict(),
]);
/** A final modifier component. */
export type SymbolModifier = z.infer<typeof SymbolModifier>;

/**
 * The parts of a UN document symbol, in the order they are written:
 * organ / series components / category / session or year / document / modifiers.
 * `E/CN.15/2021/L.5/Rev.1` is organ E, series [CN.15], year 2021, document L.5,
 * modifiers [Rev.1]. A Security Council resolution carries the year of its adoption in
 * parentheses after its number, `S/RES/2532 (2020)`: `adoptionYear`. A reissued document
 * ends with asterisks, `A/74/123*`: `reissue`. Parse text with
 * `parseSymbol`, render with `formatSymbol`.
 * @example
 * DocumentSymbol.parse({ organ: "A", series: [], category: "RES",
 *   period: { kind: "session", session: 74 }, document: { number: 173 }, modifiers: [] })
 */
export const DocumentSymbol = z
  .object({
    organ: Organ,
    series: z.array(SeriesComponent),
    category: SymbolCategory.optional(),
    period: SymbolPeriod.optional(),
    document: DocumentDesignation,
    modifiers: z.array(SymbolModifier),
    adoptionYear: z.int().min(1946).max(9999).optional(),
    /**
     * The reissue mark: a document reissued for technical reasons carries an asterisk after
     * its symbol (`A/74/123*`), a second reissue two; the count of asterisks, 1 to 3.
     */
    reissue: z.int().min(1).max(3).optional(),
    /**
     * A special or emergency special session of the General Assembly, written in place of the
     * session: `A/S-27/2`, `A/RES/ES-10/19`.
     */
    specialSession: SpecialSession.optional(),
  })
  .strict()
  .superRefine((symbol, context) => {
    const misplaced = modifierOrderFault(symbol.modifiers);
    if (misplaced !== undefined) {
      context.addIssue({ code: "custom", path: ["modifiers", misplaced.index], message: misplaced.reason });
    }
    if (symbol.adoptionYear !== undefined && !isSecurityCouncilResolution(symbol)) {
      context.addIssue({
        code: "custom",
        path: ["adoptionYear"],
        message: "only a Security Council resolution (S/RES/n) carries its year in parentheses",
      });
    }
    const rules = ORGAN_RULES[symbol.organ];
    if (rules.requiredSeries !== undefined) {
      const first = symbol.series[0];
      if (first?.kind !== "series" || first.name !== rules.requiredSeries.name) {
        context.addIssue({
          code: "custom",
          path: ["series", 0],
          message: `${symbol.organ} symbols continue with ${rules.requiredSeries.name}`,
        });
      }
    }
    if (symbol.specialSession !== undefined && (symbol.organ !== "A" || symbol.period !== undefined)) {
      context.addIssue({
        code: "custom",
        path: ["specialSession"],
        message: "only General Assembly symbols carry a special session, in place of the session",
      });
    }
    if (symbol.period === undefined) return;
    const expected = ORGAN_RULES[symbol.organ].numbering === "by-number" ? "session" : "year";
    if (symbol.period.kind !== expected) {
      context.addIssue({
        code: "custom",
        path: ["period"],
        message: `${symbol.organ} symbols carry a ${expected}, not a ${symbol.period.kind}`,
      });
    }
  });
/** The parts of a UN document symbol. */
export type DocumentSymbol = z.infer<typeof DocumentSymbol>;

/**
 * Whether a symbol is a Security Council resolution in the form that may carry its year:
 * `S/RES/n`, nothing else around the number.
 */
export function isSecurityCouncilResolution(symbol: Omit<DocumentSymbol, "adoptionYear">): boolean {
  return (
    symbol.organ === "S" &&
    symbol.category === "RES" &&
    symbol.series.length === 0 &&
    symbol.period === undefined &&
    symbol.specialSession === undefined &&
    symbol.document.type === undefined &&
    symbol.modifiers.length === 0
  );
}

/** One component of a written symbol (the text between two slashes) and the part it is. */
export interface SymbolComponent {
  readonly part: SymbolPart;
  readonly text: string;
}

/**
 * The components of a symbol as written, in order, each with its part: what `formatSymbol`
 * joins with slashes. A slashed document type gives two components (`INF`, `1`).
 * @example symbolComponents(parsed("A/RES/74/173")).map((c) => c.part) // ["organ", "category", "session", "document"]
 */
export function symbolComponents(symbol: DocumentSymbol): SymbolComponent[] {
  const components: SymbolComponent[] = [{ part: "organ", text: symbol.organ }];
  for (const component of symbol.series) components.push({ part: "series", text: formatSeriesComponent(component) });
  if (symbol.category !== undefined) components.push({ part: "category", text: symbol.category });
  if (symbol.specialSession !== undefined) {
    const { emergency, session } = symbol.specialSession;
    components.push({ part: "session", text: `${emergency ? "ES" : "S"}-${session}` });
  }
  if (symbol.period !== undefined) {
    components.push(
      symbol.period.kind === "session"
        ? { part: "session", text: String(symbol.period.session) }
        : { part: "year", text: String(symbol.period.year) },
    );
  }
  const { type, number } = symbol.document;
  if (type === undefined) components.push({ part: "document", text: String(number) });
  else if (SLASHED_DOCUMENT_TYPES.has(type)) {
    components.push({ part: "document", text: type }, { part: "document", text: String(number) });
  } else components.push({ part: "document", text: `${type}.${number}` });
  for (const modifier of symbol.modifiers) {
    components.push({
      part: "modifier",
      text: modifier.type === "Summary" ? "Summary" : `${modifier.type}.${modifier.number}`,
    });
  }
  return components;
}

/** Renders one series component: `CN.15` or `CCPCJ`. */
export function formatSeriesComponent(component: SeriesComponent): string {
  return component.kind === "body" ? `${component.code}.${component.number}` : component.name;
}

/**
 * Renders a symbol in its one written form. `formatSymbol(parseSymbol(s).symbol) === s` for
 * every `s` that `parseSymbol` accepts.
 * @example formatSymbol(parsed) // "E/CN.15/2021/L.5/Rev.1", "S/RES/2532 (2020)", "A/74/123*"
 */
export function formatSymbol(symbol: DocumentSymbol): string {
  const written = symbolComponents(symbol)
    .map((component) => component.text)
    .join("/");
  const dated = symbol.adoptionYear === undefined ? written : `${written} (${symbol.adoptionYear})`;
  return symbol.reissue === undefined ? dated : `${dated}${"*".repeat(symbol.reissue)}`;
}
