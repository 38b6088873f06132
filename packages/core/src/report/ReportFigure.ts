import * as z from "zod/mini";
import { MetricValue } from "../metric/Observation";
import { Provenance } from "../provenance/Provenance";
import { RecordId } from "../record/RecordId";

/**
 * What a report figure measures:
 * - `sum`: an indicator's observations for the selected activities, combined by the
 *   indicator's aggregation (2,440 practitioners trained, ¶17; laws in SHERLOC, ¶29);
 * - `countries`: the distinct countries those observations or activities reach (64, ¶17);
 * - `activities`: how many activities were selected;
 * - `meetings`: how many meetings of a body were held;
 * - `observation`: one observation as it stands (a share of cases, ¶21).
 */
export const FigureMeasure = z.enum(["sum", "countries", "activities", "meetings", "observation"]);
/** What a report figure measures. */
export type FigureMeasure = z.infer<typeof FigureMeasure>;

/**
 * A figure of a report paragraph: the value computed from the records with core's quantity
 * algebra (qualifier included), how it reads in the report's language, and where it came
 * from: the document paragraphs that state it and the records it was computed from.
 * `sessionIds` and `mandateIds` name the sessions and mandates a figure was counted from,
 * which a `ComputedProvenance` cannot hold.
 * @example
 * // ¶17 of the 2021 report
 * { key: "trained", measure: "sum", label: "People trained", indicatorId: "people-trained",
 *   value: { value: 2440, qualifier: "exact", unit: "person" }, text: "2,440",
 *   provenance: [{ source: "document", symbol: "E/CN.15/2021/…", paragraphs: [17] },
 *                { source: "computed", activityIds: ["act-…"], observationIds: ["obs-…"] }],
 *   sessionIds: [], mandateIds: [] }
 */
export const ReportFigure = z.strictObject({
  /** The template slot the figure fills, unique within its paragraph. */
  key: z.string().check(z.minLength(1)),
  measure: FigureMeasure,
  /** What is counted, in the report's language (the indicator's name, "countries"). */
  label: z.string().check(z.minLength(1)),
  indicatorId: z.optional(RecordId),
  value: MetricValue,
  /** The value as the paragraph writes it: "more than 5,600", "5,600多", "40%". */
  text: z.string().check(z.minLength(1)),
  provenance: z.array(Provenance),
  sessionIds: z.array(RecordId),
  mandateIds: z.array(RecordId),
  /** The records it was computed from, named for a reader (the figures annex lists them). */
  records: z.array(z.strictObject({ id: RecordId, title: z.string().check(z.minLength(1)) })),
});
/** A computed figure of a report paragraph, with its provenance. */
export type ReportFigure = z.infer<typeof ReportFigure>;

/**
 * A fact a paragraph states that is not a number: names of countries, partners, dates,
 * the ask of a mandate. `values` holds the machine-readable form (ISO codes, ISO dates,
 * record ids) so that tests and tools do not parse the prose; `text` is how it reads.
 * @example { key: "held", text: "27–29 July 2020", values: ["2020-07-27", "2020-07-29"], provenance: [...], sessionIds: ["eg-cybercrime-6"], mandateIds: [] }
 */
export const ReportFact = z.strictObject({
  key: z.string().check(z.minLength(1)),
  text: z.string().check(z.minLength(1)),
  values: z.array(z.string()),
  provenance: z.array(Provenance),
  sessionIds: z.array(RecordId),
  mandateIds: z.array(RecordId),
});
/** A non-numeric fact of a report paragraph, with its provenance. */
export type ReportFact = z.infer<typeof ReportFact>;

/**
 * A run of a paragraph's text. A run that prints a figure or a fact names it, so that a
 * renderer can put the figure's footnote or hover text exactly where it is written.
 */
export const ReportSegment = z.strictObject({
  text: z.string(),
  figureKey: z.optional(z.string().check(z.minLength(1))),
  factKey: z.optional(z.string().check(z.minLength(1))),
});
/** A run of a paragraph's text, possibly the rendering of a figure or fact. */
export type ReportSegment = z.infer<typeof ReportSegment>;
