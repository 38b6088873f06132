import { Option } from "effect";

type OptionKeys<T> = { [K in keyof T]: T[K] extends Option.Option<unknown> ? K : never }[keyof T];

/**
 * A command's parsed input with its optional flags as optional properties: `Option.none()`
 * becomes an absent key and `Option.some(x)` becomes `x`, so handlers take plain objects
 * (and can be called from tests without Effect's Option).
 */
export type PlainInput<T> = { readonly [K in Exclude<keyof T, OptionKeys<T>>]: T[K] } & {
  readonly [K in OptionKeys<T>]?: T[K] extends Option.Option<infer A> ? A : never;
};

/**
 * Converts a parsed input to its plain form (see {@link PlainInput}).
 * @example plainInput({ what: "activities", country: Option.some("SLV"), topic: Option.none() }) // { what: "activities", country: "SLV" }
 */
export function plainInput<T extends object>(input: T): PlainInput<T> {
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (Option.isOption(value)) {
      if (Option.isSome(value)) plain[key] = value.value;
    } else plain[key] = value;
  }
  return plain as PlainInput<T>;
}
