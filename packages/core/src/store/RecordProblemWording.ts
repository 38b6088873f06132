import type { JsonExpected } from "../exchange/JsonSyntaxError";
import type { RuleValue } from "../rule/RuleBreach";
import type { RuleKey } from "../rule/RuleSlots";

/**
 * What a record problem says, as data: a key and the values it was worded from. A problem
 * found by a schema's own checks (missing field, wrong type, too long, not one of the allowed
 * values …) carries one, so that an adapter can word it in the reader's language with
 * `formatRecordProblemIn`; so does a problem in a schema author's own words when the schema
 * names the rule it checks (`rule`). Other problems in an author's words carry none and are
 * shown in English.
 *
 * A value slot (`value`, `actual`) holds a literal a reader can read in any language (`"abc"`,
 * `12`, `null`) or one of the value words `@nothing`, `@object`, `@list:N`.
 */
export interface ProblemWording {
  readonly reason: ProblemReason;
  readonly expected?: ProblemExpectation;
}

/** Why a field is wrong, by kind. */
export type ProblemReason =
  | { readonly key: "missing" }
  | { readonly key: "notWhole"; readonly value: string }
  | { readonly key: "wrongType"; readonly value: string; readonly actual: ValueType }
  | { readonly key: "tooSmall" | "tooLarge"; readonly value: string }
  | { readonly key: "tooShort" | "tooLong"; readonly value: string; readonly count: number }
  | { readonly key: "tooFew" | "tooMany"; readonly count: number; readonly unit: SizeUnit }
  | { readonly key: "badFormat"; readonly value: string }
  | { readonly key: "notMultiple"; readonly value: string; readonly divisor: number }
  | { readonly key: "notAllowed"; readonly value: string }
  | { readonly key: "severalShapes"; readonly value: string }
  | { readonly key: "unknownVariant"; readonly value: string }
  | { readonly key: "noShape"; readonly value: string }
  | { readonly key: "notAField"; readonly field: string; readonly owner: string }
  | {
      /** Not JSON: what was found (`@end` for the end of the input) at which column, and line in a multi-line text. */
      readonly key: "notJson";
      readonly found: string;
      readonly column: number;
      readonly line?: number;
    }
  | {
      /** A rule of the schema's own (`rule`), with the values its wording takes and the value at fault when shown. */
      readonly key: "rule";
      readonly rule: RuleKey;
      readonly values: Readonly<Record<string, RuleValue>>;
      readonly value?: string;
    };

/** What was expected there, by kind. */
export type ProblemExpectation =
  | { readonly key: "type"; readonly type: ValueType }
  | { readonly key: "bound"; readonly relation: BoundRelation; readonly limit: string; readonly unit?: SizeUnit }
  | { readonly key: "format"; readonly format: string; readonly pattern?: string }
  | { readonly key: "multiple"; readonly divisor: number }
  | { readonly key: "oneOf"; readonly values: readonly string[]; readonly all: number }
  | { readonly key: "exactlyOne" }
  | { readonly key: "json"; readonly expected: JsonExpected; readonly mark?: string }
  | {
      /** What each shape of a union expected, when the value matched none (text, a list, one of the codes …). */
      readonly key: "anyOf";
      readonly options: readonly ProblemExpectation[];
    };

/** The kinds of value a schema asks for. */
export type ValueType =
  "string" | "number" | "int" | "boolean" | "array" | "object" | "date" | "null" | "bigint" | "unknown";

/** How a size or value is bounded. */
export type BoundRelation = "exactly" | "atLeast" | "moreThan" | "atMost" | "lessThan";

/** What a size is counted in. */
export type SizeUnit = "character" | "item" | "byte";
