import { InstrumentKind } from "../instrument/LegalInstrument";
import { DATE_FORMAT, DATE_OR_PERIOD, ID_FORMAT, JSON_CELL, oneOf, PROVENANCE_FORMAT, TEXT } from "./CellCodecs";
import { localized, mandateLink } from "./CompositeFields";
import { column } from "./CsvField";
import { tabularLayout, type TabularCsvLayout } from "./CsvLayout";

/** The CSV layout of legal instruments: one row per convention, protocol or similar instrument. */
export const INSTRUMENT_CSV_LAYOUT: TabularCsvLayout = tabularLayout("instrument", "One row per convention, protocol or similar instrument.", [
  column("id", "id", "The instrument's stable id", TEXT, { required: true, format: ID_FORMAT }),
  localized("name", "name", "Name", { required: true }),
  localized("short_name", "shortName", "Short name"),
  column("kind", "kind", "What kind of instrument it is", oneOf(InstrumentKind.options), { required: true }),
  mandateLink("adopted_by", "adoptedBy", "The UN mandate that adopted it"),
  localized("adopted_at", "adoptedAt", "Where it was adopted, when not by a UN mandate"),
  column("adopted_on", "adoptedOn", "When it was adopted (a period when adoption took more than a day)", DATE_OR_PERIOD),
  column("opened_for_signature_on", "openedForSignatureOn", "When it opened for signature", TEXT, { format: DATE_FORMAT }),
  column("entered_into_force_on", "enteredIntoForceOn", "When it entered into force", TEXT, { format: DATE_FORMAT }),
  column("parent_instrument_id", "parentInstrumentId", "The convention a protocol supplements", TEXT, { format: ID_FORMAT }),
  column("parties_counts", "partiesCounts", "Counts of parties, ratifications or signatories, each as of a date", JSON_CELL, {
    emptyIsList: true,
    format: 'JSON list (`[{"asOf":"2011","count":{"value":193,"qualifier":"exact"},"measure":"parties","provenance":[]}]`)',
  }),
  column("cited_articles", "citedArticles", "The articles the documents cite", JSON_CELL, {
    emptyIsList: true,
    format: 'JSON list (`[{"article":"29","paragraph":"1","subparagraph":"h","provenance":[]}]`)',
  }),
  column("provenance", "provenance", "Where the instrument is stated", JSON_CELL, { emptyIsList: true, format: PROVENANCE_FORMAT }),
]);
