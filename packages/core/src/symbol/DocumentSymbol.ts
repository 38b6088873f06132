import * as z from "zod/mini";
import { jointGeneralCommentFault } from "./JointGeneralComment";
import { englishSymbolSaid } from "./EnglishSymbolText";
import { modifierOrderFault } from "./ModifierOrder";
import { ORGAN_RULES, Organ, periodKindFault } from "./Organ";
import { MAX_ROMAN_NUMERAL, formatRomanNumeral } from "./RomanNumeral";
import { resolutionPartFault } from "./ResolutionPart";
import {
  adoptionSpecialSessionText,
  isBareResolution,
  romanSessionFault,
  romanSpecialSessionFault,
  specialSessionInsideFault,
} from "./RomanSessionForm";
import type { SymbolPart } from "./SymbolPart";
import { TreatyDocumentType } from "./TreatyBody";
import { treatyFormFault } from "./TreatyForm";
import { SeriesComponent, SymbolNumber } from "./SeriesComponent";
import { formatSeriesComponent } from "./SeriesComponent";
import { DocumentType, SLASHED_DOCUMENT_TYPES, SymbolCategory, type ModifierType } from "./SymbolVocabulary";

export { SeriesComponent, SymbolNumber, formatSeriesComponent } from "./SeriesComponent";
export {
  LAST_ARABIC_SPECIAL_SESSION,
  LAST_ROMAN_ECOSOC_SESSION,
  LAST_ROMAN_GENERAL_ASSEMBLY_SESSION,
  LAST_ROMAN_SPECIAL_SESSION,
} from "./RomanSessionForm";

/**
 * The session or year a document belongs to: General Assembly symbols carry the session
 * (`A/RES/74/173`, 74th session), the others a four-digit year (`E/CN.15/2011/2`).
 */
export const SymbolPeriod = /* @__PURE__ */ (() =>
  // Built in a function marked pure so that a bundle which never uses it drops it: a bundler
  // keeps a call through the `z` namespace, or zod's `.check`, for its side effects.
  z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("session"), session: SymbolNumber }),
    z.strictObject({ kind: z.literal("year"), year: z.int().check(z.gte(1000), z.lte(9999)) }),
  ]))();
/** The session or year component of a symbol. */
export type SymbolPeriod = z.infer<typeof SymbolPeriod>;

/**
 * A special session (`S-27`) or emergency special session (`ES-10`) of the General Assembly,
 * which its documents carry in place of the regular session.
 */
export const SpecialSession = /* @__PURE__ */ (() =>
  z.strictObject({ emergency: z.boolean(), session: SymbolNumber }))();
/** A special or emergency special session of the General Assembly. */
export type SpecialSession = z.infer<typeof SpecialSession>;

/**
 * The document's own number, with its type when it has one (`L.5`, `INF/1`, plain `173`,
 * a treaty body's `GC/36`). A treaty body's combined periodic reports carry the last report's
 * number too (`10-12`: `number` 10, `last` 12), and its views and decisions the year the
 * communication was registered (`D/2728/2016`: `number` 2728, `year` 2016).
 */
export const DocumentDesignation = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.optional(z.union([DocumentType, TreatyDocumentType])),
    number: SymbolNumber,
    last: z.optional(SymbolNumber),
    year: z.optional(z.int().check(z.gte(1000), z.lte(9999))),
  }))();
/** The document's own number and type. */
export type DocumentDesignation = z.infer<typeof DocumentDesignation>;

/** A final modifier: `Add.1`, `Rev.2`, `Corr.1`, `Amend.1` (numbered) or `Summary`. */
export const SymbolModifier = /* @__PURE__ */ (() =>
  z.union([
    z.strictObject({ type: z.enum(["Add", "Rev", "Corr", "Amend"] satisfies ModifierType[]), number: SymbolNumber }),
    z.strictObject({ type: z.literal("Summary") }),
  ]))();
/** A final modifier component. */
export type SymbolModifier = z.infer<typeof SymbolModifier>;

/**
 * The second body's half of a joint general comment or recommendation
 * (`CRC/C/GC/18` in `CEDAW/C/GC/31-CRC/C/GC/18`): its organ, series, `GC` number and
 * modifiers (`CEDAW/C/GC/31/Rev.1-CRC/C/GC/18/Rev.1`).
 */
export const JointSymbol = /* @__PURE__ */ (() =>
  z.strictObject({
    organ: Organ,
    series: z.array(SeriesComponent),
    document: DocumentDesignation,
    modifiers: z.array(SymbolModifier),
  }))();
/** The second body's half of a joint general comment. */
export type JointSymbol = z.infer<typeof JointSymbol>;

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
export const DocumentSymbol = /* @__PURE__ */ (() =>
  // Built in a function marked pure so that a bundle which only parses symbols drops it: zod's
  // `.check` is a method call, which a bundler must otherwise keep for its side effects.
  z
    .strictObject({
      organ: Organ,
      series: z.array(SeriesComponent),
      category: z.optional(SymbolCategory),
      period: z.optional(SymbolPeriod),
      document: DocumentDesignation,
      modifiers: z.array(SymbolModifier),
      adoptionYear: z.optional(z.int().check(z.gte(1946), z.lte(9999))),
      /**
       * The session a resolution was adopted at, written in Roman numerals in parentheses
       * after its number where its organ numbered resolutions in one series: the Trusteeship
       * Council (`T/RES/2200 (LXI)`, 61st session) and the General Assembly until its 30th
       * session (`A/RES/3379 (XXX)`).
       */
      adoptionSession: z.optional(z.int().check(z.gte(1), z.lte(MAX_ROMAN_NUMERAL))),
      /**
       * The special or emergency special session a General Assembly resolution numbered in its
       * one series was adopted at, in Roman numerals after its number: `A/RES/3362 (S-VII)`,
       * `A/RES/2252 (ES-V)` (the 1st to 7th special and 1st to 5th emergency special sessions); the
       * 1st and 2nd special sessions in Arabic numerals, `A/RES/186 (S-2)`.
       */
      adoptionSpecialSession: z.optional(SpecialSession),
      /**
       * The letter of a resolution adopted in parts, written after its number: before the
       * session in Roman numerals (`A/RES/2200 A (XXI)`, `E/RES/663 C (XXIV)`), or at the end of
       * a General Assembly resolution of a regular session (`A/RES/72/255 A`).
       */
      resolutionPart: z.optional(z.string().check(z.regex(/^[A-Z]$/))),
      /**
       * The last letter of a range of parts issued as one document, after a hyphen:
       * `C` in `A/RES/60/247 A-C` (parts A to C). Later than `resolutionPart`.
       */
      lastResolutionPart: z.optional(z.string().check(z.regex(/^[A-Z]$/))),
      /**
       * The reissue mark: a document reissued for technical reasons carries an asterisk after
       * its symbol (`A/74/123*`), a second reissue two; the count of asterisks, 1 to 3.
       */
      reissue: z.optional(z.int().check(z.gte(1), z.lte(3))),
      /**
       * A special or emergency special session of the General Assembly, written in place of the
       * session: `A/S-27/2`, `A/RES/ES-10/19`.
       */
      specialSession: z.optional(SpecialSession),
      /**
       * The State party a treaty body's document is about, as its ISO 3166-1 alpha-3 code
       * known to UN M49 (`GBR` in `CRC/C/GBR/CO/5`), or a code the treaty bodies use in its
       * place, listed in `UN_TERRITORY_CODES` (`UNK` in `CCPR/C/UNK/CO/1`, `CHN-HKG` in
       * `CCPR/C/CHN-HKG/CO/4`).
       */
      country: z.optional(z.string().check(z.regex(/^[A-Z]{3}(?:-[A-Z]{3})?$/))),
      /**
       * The other treaty body's general comment that a joint one is also, written after a
       * hyphen: `CRC/C/GC/18` in `CEDAW/C/GC/31-CRC/C/GC/18`.
       */
      joint: z.optional(JointSymbol),
    })
    .check(
      z.superRefine((symbol, context) => {
        if (symbol.joint !== undefined) {
          const fault = jointGeneralCommentFault(symbol, symbol.joint);
          if (fault !== undefined) {
            context.addIssue({ code: "custom", path: ["joint"], message: englishSymbolSaid(fault) });
          }
          const misplacedJoint = modifierOrderFault(symbol.joint.modifiers);
          if (misplacedJoint !== undefined) {
            const path = ["joint", "modifiers", misplacedJoint.index];
            context.addIssue({ code: "custom", path, message: misplacedJoint.reason });
          }
        }
        const treatyFault = treatyFormFault(symbol);
        if (treatyFault !== undefined) context.addIssue({ code: "custom", ...treatyFault });
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
        if (symbol.adoptionSession !== undefined) {
          const fault = romanSessionFault(symbol, symbol.adoptionSession);
          if (fault !== undefined) {
            context.addIssue({ code: "custom", path: ["adoptionSession"], message: englishSymbolSaid(fault) });
          }
        }
        if (symbol.adoptionSpecialSession !== undefined) {
          const fault = romanSpecialSessionFault(symbol, symbol.adoptionSpecialSession);
          if (fault !== undefined) {
            context.addIssue({ code: "custom", path: ["adoptionSpecialSession"], message: englishSymbolSaid(fault) });
          }
        }
        const suffixes = [symbol.adoptionYear, symbol.adoptionSession, symbol.adoptionSpecialSession];
        if (suffixes.filter((suffix) => suffix !== undefined).length > 1) {
          context.addIssue({
            code: "custom",
            path: ["adoptionSession"],
            message: "a symbol ends with one year or session of adoption in parentheses",
          });
        }
        if (symbol.resolutionPart !== undefined) {
          const fault = resolutionPartFault(symbol, symbol.resolutionPart, symbol.lastResolutionPart);
          if (fault !== undefined) {
            const path = [fault.at === "first" ? "resolutionPart" : "lastResolutionPart"];
            context.addIssue({ code: "custom", path, message: englishSymbolSaid(fault.reason) });
          }
        } else if (symbol.lastResolutionPart !== undefined) {
          context.addIssue({
            code: "custom",
            path: ["lastResolutionPart"],
            message: "a range of parts starts with its first part's letter (resolutionPart)",
          });
        }
        if (symbol.specialSession !== undefined) {
          const fault = specialSessionInsideFault(symbol, symbol.specialSession);
          if (fault !== undefined) {
            context.addIssue({ code: "custom", path: ["specialSession"], message: englishSymbolSaid(fault) });
          }
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
        // A treaty body's views carry the committee's session, whatever its organ numbers by.
        if (symbol.period === undefined || symbol.document.type === "D") return;
        const periodFault = periodKindFault(symbol.organ, symbol.period.kind);
        if (periodFault !== undefined) context.addIssue({ code: "custom", path: ["period"], message: periodFault });
      }),
    ))();
/** The parts of a UN document symbol. */
export type DocumentSymbol = z.infer<typeof DocumentSymbol>;

/**
 * Whether a symbol is a Security Council resolution in the form that may carry its year:
 * `S/RES/n`, nothing else around the number.
 */
export function isSecurityCouncilResolution(
  symbol: Omit<
    DocumentSymbol,
    "adoptionYear" | "adoptionSession" | "adoptionSpecialSession" | "resolutionPart" | "lastResolutionPart"
  >,
): boolean {
  return symbol.organ === "S" && isBareResolution(symbol);
}

/** One component of a written symbol (the text between two slashes) and the part it is. */
export interface SymbolComponent {
  readonly part: SymbolPart;
  readonly text: string;
  /** What it is written after when that is not a slash: the hyphen of a joint general comment. */
  readonly after?: "-";
}

/**
 * The components of a symbol as written, in order, each with its part: what `formatSymbol`
 * joins with slashes (with a hyphen before the second half of a joint general comment). A
 * slashed document type gives two components (`INF`, `1`).
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
  if (symbol.country !== undefined) components.push({ part: "country", text: symbol.country });
  const { type, number, last, year } = symbol.document;
  const numbered = last === undefined ? String(number) : `${number}-${last}`;
  if (type === undefined) components.push({ part: "document", text: numbered });
  else if (isSlashedType(type)) {
    components.push({ part: "document", text: type }, { part: "document", text: numbered });
    if (year !== undefined) components.push({ part: "year", text: String(year) });
  } else components.push({ part: "document", text: `${type}.${number}` });
  for (const modifier of symbol.modifiers) {
    components.push({
      part: "modifier",
      text: modifier.type === "Summary" ? "Summary" : `${modifier.type}.${modifier.number}`,
    });
  }
  if (symbol.joint === undefined) return components;
  const [organ, ...rest] = symbolComponents(symbol.joint);
  return organ === undefined ? components : [...components, { ...organ, after: "-" }, ...rest];
}

/** Whether a document type is written before a slash (`INF/1`, `GC/36`) rather than a dot (`L.5`). */
function isSlashedType(type: DocumentType | TreatyDocumentType): boolean {
  const plain = DocumentType.safeParse(type);
  return !plain.success || SLASHED_DOCUMENT_TYPES.has(plain.data);
}

/**
 * Renders a symbol in its one written form. `formatSymbol(parseSymbol(s).symbol) === s` for
 * every `s` that `parseSymbol` accepts.
 * @example formatSymbol(parsed) // "E/CN.15/2021/L.5/Rev.1", "S/RES/2532 (2020)", "T/RES/2200 (LXI)", "A/74/123*"
 */
export function formatSymbol(symbol: DocumentSymbol): string {
  const written = symbolComponents(symbol)
    .map((component, index) => (index === 0 ? component.text : `${component.after ?? "/"}${component.text}`))
    .join("");
  return `${written}${adoptionSuffixText(symbol)}${"*".repeat(symbol.reissue ?? 0)}`;
}

/**
 * What a symbol's written form has after its components: a Security Council resolution's
 * year (` (2020)`), or a resolution's part and session in Roman numerals (` A (XXI)`,
 * ` (S-VII)`); empty for other symbols. @internal
 */
export function adoptionSuffixText(symbol: DocumentSymbol): string {
  if (symbol.adoptionYear !== undefined) return ` (${symbol.adoptionYear})`;
  const last = symbol.lastResolutionPart === undefined ? "" : `-${symbol.lastResolutionPart}`;
  const part = symbol.resolutionPart === undefined ? "" : ` ${symbol.resolutionPart}${last}`;
  if (symbol.adoptionSession !== undefined) return `${part} (${formatRomanNumeral(symbol.adoptionSession)})`;
  const special = symbol.adoptionSpecialSession;
  if (special === undefined) return part;
  return `${part} (${adoptionSpecialSessionText(special)})`;
}
