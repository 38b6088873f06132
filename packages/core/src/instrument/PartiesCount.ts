import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { Quantity } from "../metric";
import { Provenance } from "../provenance/Provenance";
import { PartialDate } from "../time/PartialDate";

/**
 * What a count of an instrument's adherents counts. The sources use different measures
 * and they are not interchangeable: the Convention on the Rights of the Child has 193
 * `parties`, while 30 States have `ratifications` of the Budapest Convention (2011 guide
 * ¶23, ¶27).
 */
export const PartiesMeasure = z.enum(["parties", "ratifications", "signatories"]);
/** What a count of an instrument's adherents counts. */
export type PartiesMeasure = z.infer<typeof PartiesMeasure>;

/**
 * A count of an instrument's parties (or ratifications, or signatories) as of a date. The
 * date is as precise as the source: the 2011 guide says "currently" ("目前"), so its counts
 * are as of "2011". The count keeps its qualifier ("more than" is `atLeast`).
 * @example
 * PartiesCount.parse({
 *   asOf: "2011",
 *   count: { value: 193, qualifier: "exact" },
 *   measure: "parties",
 *   provenance: [{ source: "document", symbol: "E/CN.15/2011/2", paragraphs: [23] }],
 * })
 */
export const PartiesCount = z
  .strictObject({
    asOf: PartialDate,
    count: Quantity,
    measure: PartiesMeasure,
    provenance: z.array(Provenance),
  })
  .check(
    z.refine((entry) => Number.isInteger(entry.count.value) && entry.count.value >= 0, {
      message: "a count of parties is a whole number of States, zero or more",
      params: rule("parties.countWhole", {}),
      path: ["count", "value"],
    }),
  );
/** A count of an instrument's parties as of a date. */
export type PartiesCount = z.infer<typeof PartiesCount>;
