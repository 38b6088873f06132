import { BodyKind } from "../body/Body";
import { SessionNumbering } from "../symbol/SessionNumbering";
import { ID_FORMAT, oneOf, TEXT } from "./CellCodecs";
import { localized } from "./CompositeFields";
import { column } from "./CsvField";
import { tabularLayout, type TabularCsvLayout } from "./CsvLayout";

/** The CSV layout of bodies: one row per body. */
export const BODY_CSV_LAYOUT: TabularCsvLayout = tabularLayout("body", "One row per body (an organ, commission, expert group, office, official).", [
  column("id", "id", "The body's stable id", TEXT, { required: true, format: ID_FORMAT }),
  localized("name", "name", "Name", { required: true }),
  column("acronym", "acronym", "Its acronym", TEXT),
  column("kind", "kind", "What kind of body it is", oneOf(BodyKind.options), { required: true }),
  column("parent_id", "parentId", "The body it reports to", TEXT, { format: ID_FORMAT }),
  column("symbol_prefix", "symbolPrefix", "The prefix of its documents' symbols", TEXT, { format: "symbol prefix (`E/CN.15`)" }),
  column("session_numbering", "sessionNumbering", "How its sessions, resolutions and decisions are numbered", oneOf(SessionNumbering.options)),
]);
