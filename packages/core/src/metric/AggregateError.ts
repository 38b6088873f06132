import type { Aggregation } from "./Indicator";

/** An observation names an indicator the aggregation was not given. */
export interface IndicatorNotFound {
  readonly _tag: "IndicatorNotFound";
  readonly observationId: string;
  readonly indicatorId: string;
  readonly message: string;
}

/** An observation holds a quantity where its indicator needs a share, or the other way round. */
export interface ValueKindMismatch {
  readonly _tag: "ValueKindMismatch";
  readonly observationId: string;
  readonly indicatorId: string;
  readonly expected: "quantity" | "share";
  readonly message: string;
}

/** An observation counts another unit than its indicator. */
export interface IndicatorUnitMismatch {
  readonly _tag: "IndicatorUnitMismatch";
  readonly observationId: string;
  readonly indicatorId: string;
  readonly expected: string;
  readonly found: string;
  readonly message: string;
}

/**
 * An observation holds a share of a whole the source does not state ("more than 50% of the
 * cases", ¶21), and its cell holds other shares it would have to be pooled with. Alone in
 * its cell it stands as stated; with others it is left out, with the cell's key.
 */
export interface ShareWholeUnknown {
  readonly _tag: "ShareWholeUnknown";
  readonly observationId: string;
  readonly indicatorId: string;
  readonly bucket: string;
  readonly group: string | null;
  readonly message: string;
}

/** Why an observation was left out of an aggregation. */
export type AggregateError = IndicatorNotFound | ValueKindMismatch | IndicatorUnitMismatch | ShareWholeUnknown;

/** Builds an {@link IndicatorNotFound}. */
export function indicatorNotFound(observationId: string, indicatorId: string): IndicatorNotFound {
  return {
    _tag: "IndicatorNotFound",
    observationId,
    indicatorId,
    message: `observation "${observationId}" refers to indicator "${indicatorId}", which was not passed to aggregate; pass it in query.indicators or fix the observation's indicatorId`,
  };
}

/** Builds a {@link ValueKindMismatch}. */
export function valueKindMismatch(
  observationId: string,
  indicatorId: string,
  aggregation: Aggregation,
  expected: "quantity" | "share",
): ValueKindMismatch {
  const found = expected === "share" ? "a quantity" : "a share";
  return {
    _tag: "ValueKindMismatch",
    observationId,
    indicatorId,
    expected,
    message: `observation "${observationId}" holds ${found}, but indicator "${indicatorId}" aggregates by ${aggregation} and needs a ${expected}`,
  };
}

/** Builds an {@link IndicatorUnitMismatch}. */
export function indicatorUnitMismatch(
  observationId: string,
  indicatorId: string,
  expected: string,
  found: string,
): IndicatorUnitMismatch {
  return {
    _tag: "IndicatorUnitMismatch",
    observationId,
    indicatorId,
    expected,
    found,
    message: `observation "${observationId}" counts "${found}", but indicator "${indicatorId}" counts "${expected}"; record the figure under an indicator of its unit`,
  };
}

/** Builds a {@link ShareWholeUnknown} for an observation left out of the cell at `bucket` and `group`. */
export function shareWholeUnknown(
  observationId: string,
  indicatorId: string,
  bucket: string,
  group: string | null,
): ShareWholeUnknown {
  const cell = `${indicatorId} ${bucket}${group === null ? "" : ` (${group})`}`;
  return {
    _tag: "ShareWholeUnknown",
    observationId,
    indicatorId,
    bucket,
    group,
    message: `observation "${observationId}" is a share of a whole the source does not state, so it cannot be pooled with the other shares of cell ${cell} (whole unknown); it is left out there, and stands as stated on its own`,
  };
}
