import type { RawBuilder } from "kysely";

/** One criterion answered by one facet: activities with this value of that facet. */
export interface FacetCriterion {
  readonly facet: number;
  /** The value, or a scalar subquery finding it in the same statement (`partnerValueSql`). */
  readonly value: string | RawBuilder<string>;
}

/**
 * An M49 region: activities listing it, or naming a country in it (through `m49_member`).
 * Its activities are several ranges of the facet index, so it drives only when few.
 */
export interface RegionCriterion {
  readonly region: string;
}

/** One criterion of an activity filter answered by the facets. */
export type IndexedCriterion = FacetCriterion | RegionCriterion;

/** Whether a criterion is a region's. */
export function isRegion(criterion: IndexedCriterion): criterion is RegionCriterion {
  return "region" in criterion;
}
