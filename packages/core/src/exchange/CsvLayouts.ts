import { BodyKind } from "../body/Body";
import { InstrumentKind } from "../instrument/LegalInstrument";
import { MandateKind, MandateStatus } from "../mandate/Mandate";
import { Aggregation } from "../metric/Indicator";
import type { EntityKind } from "../store/EntityKind";
import { SessionNumbering } from "../symbol/SessionNumbering";
import { ACTIVITY_CSV_LAYOUT } from "./ActivityCsvLayout";
import {
  DATE_FORMAT,
  DATE_OR_PERIOD,
  ID_FORMAT,
  ID_LIST_FORMAT,
  JSON_CELL,
  LIST,
  oneOf,
  PROVENANCE_FORMAT,
  TEXT,
} from "./CellCodecs";
import { localized, mandateLink } from "./CompositeFields";
import { column } from "./CsvField";
import { tabularLayout, type CsvLayout, type JsonOnlyCsvLayout, type TabularCsvLayout } from "./CsvLayout";
import { OBSERVATION_CSV_LAYOUT } from "./ObservationCsvLayout";
import { SESSION_CSV_LAYOUT } from "./SessionCsvLayout";

// The layouts below are plain tables (scalars, texts in six languages, JSON cells); the
// activity, observation and session layouts, which flatten unions, have files of their own.

/** The CSV layout of bodies: one row per body. */
const BODY_CSV_LAYOUT: TabularCsvLayout = tabularLayout(
  "body",
  "One row per body (an organ, commission, expert group, office, official).",
  [
    column("id", "id", "The body's stable id", TEXT, { required: true, format: ID_FORMAT }),
    localized("name", "name", "Name", { required: true }),
    column("acronym", "acronym", "Its acronym", TEXT),
    column("kind", "kind", "What kind of body it is", oneOf(BodyKind.options), { required: true }),
    column("parent_id", "parentId", "The body it reports to", TEXT, { format: ID_FORMAT }),
    column("symbol_prefix", "symbolPrefix", "The prefix of its documents' symbols", TEXT, {
      format: "symbol prefix (`E/CN.15`)",
    }),
    column(
      "session_numbering",
      "sessionNumbering",
      "How its sessions, resolutions and decisions are numbered",
      oneOf(SessionNumbering.options),
    ),
    column("provenance", "provenance", "Where the body is stated", JSON_CELL, { format: PROVENANCE_FORMAT }),
  ],
);

/** The CSV layout of mandates: one row per resolution, decision or declaration. */
const MANDATE_CSV_LAYOUT: TabularCsvLayout = tabularLayout(
  "mandate",
  "One row per resolution, decision or declaration.",
  [
    column("id", "id", "The mandate's stable id", TEXT, { required: true, format: ID_FORMAT }),
    column("symbol", "symbol", "Its document symbol or citation", TEXT, {
      format: "document symbol (`A/RES/74/173`) or citation (`GA decision 74/567`)",
    }),
    column("kind", "kind", "What kind of act it is", oneOf(MandateKind.options), { required: true }),
    column("adopting_body_id", "adoptingBodyId", "The body that adopted it (a declaration's may be unstated)", TEXT, {
      format: ID_FORMAT,
    }),
    column("adopted_on", "adoptedOn", "When it was adopted", TEXT, { format: DATE_FORMAT }),
    localized("title", "title", "Title"),
    column("status", "status", "Whether it still applies, when a source states it", oneOf(MandateStatus.options)),
    column("status_inferred", "statusInferred", "How a status the sources do not state was inferred", JSON_CELL, {
      format: 'JSON inference (`{"reason":"…","from":[provenance]}`)',
    }),
    column("provisions", "provisions", "Its operative asks: who is asked to do what, by when", JSON_CELL, {
      emptyIsList: true,
      format: "JSON list of operative provisions",
    }),
    column(
      "reporting_obligations",
      "reportingObligations",
      "The reports it requests, with their deferrals",
      JSON_CELL,
      {
        emptyIsList: true,
        format: "JSON list of reporting obligations",
      },
    ),
    column("lineage", "lineage", "How it relates to earlier mandates", JSON_CELL, {
      emptyIsList: true,
      format: "JSON list of lineage edges",
    }),
    column("instrument_ids", "instrumentIds", "The legal instruments it cites", LIST, { format: ID_LIST_FORMAT }),
    column("provenance", "provenance", "Where it is stated", JSON_CELL, {
      emptyIsList: true,
      format: PROVENANCE_FORMAT,
    }),
  ],
);

/** The CSV layout of legal instruments: one row per convention, protocol or similar instrument. */
const INSTRUMENT_CSV_LAYOUT: TabularCsvLayout = tabularLayout(
  "instrument",
  "One row per convention, protocol or similar instrument.",
  [
    column("id", "id", "The instrument's stable id", TEXT, { required: true, format: ID_FORMAT }),
    localized("name", "name", "Name", { required: true }),
    localized("short_name", "shortName", "Short name"),
    column("kind", "kind", "What kind of instrument it is", oneOf(InstrumentKind.options), { required: true }),
    mandateLink("adopted_by", "adoptedBy", "The UN mandate that adopted it"),
    localized("adopted_at", "adoptedAt", "Where it was adopted, when not by a UN mandate"),
    column(
      "adopted_on",
      "adoptedOn",
      "When it was adopted (a period when adoption took more than a day)",
      DATE_OR_PERIOD,
    ),
    column("opened_for_signature_on", "openedForSignatureOn", "When it opened for signature", TEXT, {
      format: DATE_FORMAT,
    }),
    column("entered_into_force_on", "enteredIntoForceOn", "When it entered into force", TEXT, { format: DATE_FORMAT }),
    column("parent_instrument_id", "parentInstrumentId", "The convention a protocol supplements", TEXT, {
      format: ID_FORMAT,
    }),
    column(
      "parties_counts",
      "partiesCounts",
      "Counts of parties, ratifications or signatories, each as of a date",
      JSON_CELL,
      {
        emptyIsList: true,
        format:
          'JSON list (`[{"asOf":"2011","count":{"value":193,"qualifier":"exact"},"measure":"parties","provenance":[]}]`)',
      },
    ),
    column("cited_articles", "citedArticles", "The articles the documents cite", JSON_CELL, {
      emptyIsList: true,
      format: 'JSON list (`[{"article":"29","paragraph":"1","subparagraph":"h","provenance":[]}]`)',
    }),
    column("provenance", "provenance", "Where the instrument is stated", JSON_CELL, {
      emptyIsList: true,
      format: PROVENANCE_FORMAT,
    }),
  ],
);

/** The CSV layout of indicators: one row per indicator. */
const INDICATOR_CSV_LAYOUT: TabularCsvLayout = tabularLayout(
  "indicator",
  "One row per indicator (what a figure measures).",
  [
    column("id", "id", "The indicator's stable id", TEXT, { required: true, format: ID_FORMAT }),
    localized("name", "name", "Name", { required: true }),
    column("unit", "unit", "What its figures count", TEXT, {
      required: true,
      format: "singular lower-case unit (`person`, `case`, `country`)",
    }),
    column("aggregation", "aggregation", "How its figures combine", oneOf(Aggregation.options), { required: true }),
    localized("description", "description", "Description"),
  ],
);

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
