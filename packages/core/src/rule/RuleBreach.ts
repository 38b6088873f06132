import type { SessionDates } from "../session/SessionDates";
import type { LocalizedText } from "../text/LocalizedText";
import { RULE_SLOTS, type RuleKey, type RuleSlots } from "./RuleSlots";

/**
 * Session dates in a rule's values: worded by `describeDatesIn` in the reader's language
 * rather than in the schema's English.
 */
export interface DatesValue {
  readonly dates: SessionDates;
}

/** A name in several languages in a rule's values (a venue's city): read in the reader's language where it has one. */
export interface NamesValue {
  readonly names: LocalizedText;
}

/**
 * A value a rule's wording is filled with: a code, a number, an id, a date as written; or
 * what the reader's language words itself (session dates, a name in several languages).
 */
export type RuleValue = string | number | DatesValue | NamesValue;

/** The values a rule's wording takes, one per slot. */
export type RuleValues<K extends RuleKey> = { readonly [P in RuleSlots[K][number]]: RuleValue };

/**
 * A rule a record breaks, as data: which rule, and the values its wording needs. A schema
 * puts one in the `params` of the issue it raises; {@link formatRuleIn} words it.
 */
export interface RuleBreach {
  readonly rule: RuleKey;
  readonly values: Readonly<Record<string, RuleValue>>;
}

/**
 * The breach of a rule, for the `params` of a zod refinement or custom issue: the schema
 * keeps its English message, and the key lets a reader's language word it.
 * @example .refine(check, { message: "a topic is listed twice", params: rule("activity.topicTwice", {}) })
 */
export function rule<K extends RuleKey>(key: K, values: RuleValues<K>): RuleBreach {
  return { rule: key, values };
}

/** The breach a zod issue's `params` carry, if any. */
export function breachOfParams(params: unknown): RuleBreach | undefined {
  if (typeof params !== "object" || params === null) return undefined;
  const { rule: key, values } = params as { readonly rule?: unknown; readonly values?: unknown };
  if (typeof key !== "string" || !Object.hasOwn(RULE_SLOTS, key)) return undefined;
  if (typeof values !== "object" || values === null) return undefined;
  return { rule: key as RuleKey, values: values as Readonly<Record<string, RuleValue>> };
}
