import { PeriodBasis } from "../activity/Activity";
import { ActivityKind } from "../activity/ActivityKind";
import { ActivityTopic } from "../activity/ActivityTopic";
import { Audience } from "../activity/Audience";
import { DeliveryMode } from "../activity/DeliveryMode";
import {
  COVERAGE_FORMATS,
  DATE_FORMAT,
  ID_FORMAT,
  ID_LIST_FORMAT,
  JSON_CELL,
  LIST,
  listOf,
  oneOf,
  PROVENANCE_FORMAT,
  TEXT,
} from "./CellCodecs";
import { localized } from "./CompositeFields";
import { column } from "./CsvField";
import { tabularLayout, type TabularCsvLayout } from "./CsvLayout";

/** The CSV layout of technical-assistance activities: one row per activity. */
export const ACTIVITY_CSV_LAYOUT: TabularCsvLayout = tabularLayout(
  "activity",
  "One row per technical-assistance activity.",
  [
    column("id", "id", "The activity's stable id", TEXT, { required: true, format: ID_FORMAT }),
    localized("title", "title", "Title", { required: true }),
    localized("summary", "summary", "Summary"),
    column("kind", "kind", "What kind of activity it is", oneOf(ActivityKind.options), { required: true }),
    column("topics", "topics", "What it was about", LIST, { emptyIsList: true, format: listOf(ActivityTopic.options) }),
    column("countries", "countries.named", "The countries it assists, as the source names them", LIST, {
      emptyIsList: true,
      format: COVERAGE_FORMATS.countries,
    }),
    column(
      "countries_count",
      "countries.count",
      "How many countries the source says there were, when it says so",
      JSON_CELL,
      {
        format: COVERAGE_FORMATS.count,
      },
    ),
    column("places", "places", "Countries it names in another role (based-in, venue)", JSON_CELL, {
      format: 'JSON list of places (`[{"country":"AUT","role":"based-in"}]`)',
    }),
    column("regions_m49", "regions.m49", "The regions covered, as UN M49 areas", LIST, {
      emptyIsList: true,
      format: COVERAGE_FORMATS.m49,
    }),
    column(
      "regions_named",
      "regions.named",
      "Regions in the source's words, with the M49 area each stands for when one does",
      JSON_CELL,
      {
        emptyIsList: true,
        format: COVERAGE_FORMATS.named,
      },
    ),
    column("period_start", "period.start", "When it started (or the only day, month or year)", TEXT, {
      required: true,
      format: DATE_FORMAT,
    }),
    column("period_end", "period.end", "When it ended, when that differs from the start", TEXT, {
      format: DATE_FORMAT,
    }),
    column(
      "period_basis",
      "periodBasis",
      "Whether the period is the activity's own (stated) or the report's (reporting-period)",
      oneOf(PeriodBasis.options),
    ),
    column("delivery_mode", "deliveryMode", "How it was delivered", oneOf(DeliveryMode.options)),
    column("languages", "languages", "The languages it was delivered in", LIST, {
      emptyIsList: true,
      format: "list of ISO 639-1 codes, `;` between codes (`en;fr;pt;es`)",
    }),
    column("partners", "partners", "The organizations it was delivered with", JSON_CELL, {
      emptyIsList: true,
      format: 'JSON list of `{"name": localized text, "acronym"?: text}`',
    }),
    column("audiences", "audiences", "Who it was for", LIST, { emptyIsList: true, format: listOf(Audience.options) }),
    column("mandate_ids", "mandateIds", "The mandates it serves", LIST, { emptyIsList: true, format: ID_LIST_FORMAT }),
    column("implementer_id", "implementerId", "The body that implemented it, when the source says", TEXT, {
      format: ID_FORMAT,
    }),
    column("part_of", "partOf", "The activity it is a stated part of", TEXT, { format: ID_FORMAT }),
    column(
      "may_overlap_with",
      "mayOverlapWith",
      "Activities whose figures may count the same people (the source does not say)",
      LIST,
      {
        format: ID_LIST_FORMAT,
      },
    ),
    column("provenance", "provenance", "Where the activity is stated (at least one source)", JSON_CELL, {
      required: true,
      format: PROVENANCE_FORMAT,
    }),
  ],
);
