import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { RecordId } from "../record/RecordId";
import { LocalizedText } from "../text/LocalizedText";
import { Unit } from "./Quantity";

/** How the observations of one indicator combine when aggregated. */
export const AGGREGATIONS = ["sum", "distinct-count", "share", "latest"] as const;

/**
 * How observations of an indicator combine:
 * - `sum`: figures add up with their qualifiers (practitioners trained, views);
 * - `distinct-count`: the countries of the observations' scopes are counted once each
 *   (countries reached), never summed;
 * - `share`: shares of disjoint wholes are pooled (share of cases involving children);
 * - `latest`: the figure of the latest period stands (laws held in SHERLOC as of a date).
 */
export const Aggregation = z.enum(AGGREGATIONS);
/** How observations of an indicator combine. */
export type Aggregation = z.infer<typeof Aggregation>;

/**
 * What a figure measures: its name, unit and how its observations combine. For a share
 * indicator the unit is the unit of the whole ("case"); for a distinct count it is
 * "country".
 * @example Indicator.parse({ id: "practitioners-trained", name: { en: "Criminal justice practitioners trained" }, unit: "person", aggregation: "sum" })
 */
export const Indicator = z
  .strictObject({
    id: RecordId,
    name: LocalizedText,
    unit: Unit,
    aggregation: Aggregation,
    description: z.optional(LocalizedText),
  })
  .check(
    z.refine((indicator) => indicator.aggregation !== "distinct-count" || indicator.unit === "country", {
      message: 'a distinct-count indicator counts countries: its unit is "country"',
      params: rule("indicator.distinctCountUnit", {}),
      path: ["unit"],
    }),
  );
/** What a figure measures: name, unit, aggregation. */
export type Indicator = z.infer<typeof Indicator>;
