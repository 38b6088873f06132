import type { EntityKind } from "../store/EntityKind";
import { ACTIVITY_CSV_LAYOUT } from "./ActivityCsvLayout";
import { BODY_CSV_LAYOUT } from "./BodyCsvLayout";
import type { CsvLayout, JsonOnlyCsvLayout } from "./CsvLayout";
import { INDICATOR_CSV_LAYOUT } from "./IndicatorCsvLayout";
import { INSTRUMENT_CSV_LAYOUT } from "./InstrumentCsvLayout";
import { MANDATE_CSV_LAYOUT } from "./MandateCsvLayout";
import { OBSERVATION_CSV_LAYOUT } from "./ObservationCsvLayout";
import { SESSION_CSV_LAYOUT } from "./SessionCsvLayout";

const THEMATIC_DISCUSSION_CSV_LAYOUT: JsonOnlyCsvLayout = {
  kind: "thematicDiscussion",
  tabular: false,
  reason:
    "thematic discussions are exchanged as JSON only: a sub-topic tree, question groups, panels and a speakers' list do not fit one CSV row; export and import them as a .json or .jsonl file",
};

/**
 * How each kind of record is laid out as CSV (documented in CSV_LAYOUTS.md): the ordered
 * columns of a table, or, for thematic discussions, "JSON only" with the reason.
 */
export const CSV_LAYOUTS: Readonly<Record<EntityKind, CsvLayout>> = {
  body: BODY_CSV_LAYOUT,
  session: SESSION_CSV_LAYOUT,
  thematicDiscussion: THEMATIC_DISCUSSION_CSV_LAYOUT,
  mandate: MANDATE_CSV_LAYOUT,
  instrument: INSTRUMENT_CSV_LAYOUT,
  activity: ACTIVITY_CSV_LAYOUT,
  indicator: INDICATOR_CSV_LAYOUT,
  observation: OBSERVATION_CSV_LAYOUT,
};

/** The kinds of record that have a CSV table (every kind but thematic discussions). */
export type CsvKind = Exclude<EntityKind, "thematicDiscussion">;
