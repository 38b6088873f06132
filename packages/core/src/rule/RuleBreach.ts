import type { SessionDates } from "../session/SessionDates";
import type { LocalizedText } from "../text/LocalizedText";
import type { RuleKey, RuleSlots } from "./RuleSlots";

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
  /**
   * Set by {@link rule}: how {@link breachOfParams} tells a breach from an app's own params
   * without shipping the list of every rule key to a browser that only decodes.
   */
  readonly _tag?: "RuleBreach";
  readonly rule: RuleKey;
  readonly values: Readonly<Record<string, RuleValue>>;
}

/**
 * The breach of a rule, for the `params` of a zod refinement or custom issue: the schema
 * keeps its English message, and the key lets a reader's language word it.
 * @example .refine(check, { message: "a topic is listed twice", params: rule("activity.topicTwice", {}) })
 */
export function rule<K extends RuleKey>(key: K, values: RuleValues<K>): RuleBreach {
  return { _tag: "RuleBreach", rule: key, values };
}

/**
 * The breach a zod issue's `params` carry, if any: params made by {@link rule} (tagged
 * `RuleBreach`), whose key the type checker has already held to a known rule.
 */
export function breachOfParams(params: unknown): RuleBreach | undefined {
  if (typeof params !== "object" || params === null) return undefined;
  const {
    _tag,
    rule: key,
    values,
  } = params as { readonly _tag?: unknown; readonly rule?: unknown; readonly values?: unknown };
  if (_tag !== "RuleBreach" || typeof key !== "string") return undefined;
  if (typeof values !== "object" || values === null) return undefined;
  return { rule: key as RuleKey, values: values as Readonly<Record<string, RuleValue>> };
}
