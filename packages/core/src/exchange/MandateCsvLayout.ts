import { MandateKind, MandateStatus } from "../mandate/Mandate";
import { DATE_FORMAT, ID_FORMAT, JSON_CELL, oneOf, PROVENANCE_FORMAT, TEXT } from "./CellCodecs";
import { localized } from "./CompositeFields";
import { column } from "./CsvField";
import { tabularLayout, type TabularCsvLayout } from "./CsvLayout";

/** The CSV layout of mandates: one row per resolution, decision or declaration. */
export const MANDATE_CSV_LAYOUT: TabularCsvLayout = tabularLayout("mandate", "One row per resolution, decision or declaration.", [
  column("id", "id", "The mandate's stable id", TEXT, { required: true, format: ID_FORMAT }),
  column("symbol", "symbol", "Its document symbol or citation", TEXT, {
    format: "document symbol (`A/RES/74/173`) or citation (`GA decision 74/567`)",
  }),
  column("kind", "kind", "What kind of act it is", oneOf(MandateKind.options), { required: true }),
  column("adopting_body_id", "adoptingBodyId", "The body that adopted it", TEXT, { required: true, format: ID_FORMAT }),
  column("adopted_on", "adoptedOn", "When it was adopted", TEXT, { format: DATE_FORMAT }),
  localized("title", "title", "Title"),
  column("status", "status", "Whether it still applies", oneOf(MandateStatus.options), { required: true }),
  column("provisions", "provisions", "Its operative asks: who is asked to do what, by when", JSON_CELL, {
    emptyIsList: true,
    format: "JSON list of operative provisions",
  }),
  column("reporting_obligations", "reportingObligations", "The reports it requests, with their deferrals", JSON_CELL, {
    emptyIsList: true,
    format: "JSON list of reporting obligations",
  }),
  column("lineage", "lineage", "How it relates to earlier mandates", JSON_CELL, { emptyIsList: true, format: "JSON list of lineage edges" }),
  column("provenance", "provenance", "Where it is stated", JSON_CELL, { emptyIsList: true, format: PROVENANCE_FORMAT }),
]);
