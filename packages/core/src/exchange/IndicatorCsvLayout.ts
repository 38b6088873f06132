import { Aggregation } from "../metric/Indicator";
import { ID_FORMAT, oneOf, TEXT } from "./CellCodecs";
import { localized } from "./CompositeFields";
import { column } from "./CsvField";
import { tabularLayout, type TabularCsvLayout } from "./CsvLayout";

/** The CSV layout of indicators: one row per indicator. */
export const INDICATOR_CSV_LAYOUT: TabularCsvLayout = tabularLayout("indicator", "One row per indicator (what a figure measures).", [
  column("id", "id", "The indicator's stable id", TEXT, { required: true, format: ID_FORMAT }),
  localized("name", "name", "Name", { required: true }),
  column("unit", "unit", "What its figures count", TEXT, { required: true, format: "singular lower-case unit (`person`, `case`, `country`)" }),
  column("aggregation", "aggregation", "How its figures combine", oneOf(Aggregation.options), { required: true }),
  localized("description", "description", "Description"),
]);
