import type { Connection, DialectInfo } from "../DialectInfo";
import { facetCodesOf } from "../projection/Facets";
import { rebuildDerivedRows } from "./DerivedRows";
import { addFacetNames } from "./SchemaV6AggregationPartials";

/**
 * The mandates' facets rebuilt from `records`: migration 7 adds the sessions each mandate's
 * reports are due at or were deferred from (`mandateReportAt`), so that "reports due at
 * session N of body B" reads only those mandates; migration 8 the targets of their lineage
 * edges (`mandateLineageTarget`), so that a lineage is walked down without reading the registry;
 * migration 9 the instruments they cite (`mandateInstrument`).
 */
export async function createReportSessionIndex(connection: Connection, dialect: DialectInfo): Promise<void> {
  await addFacetNames(connection);
  await connection.deleteFrom("facet").where("facet", "in", facetCodesOf("mandate")).execute();
  await rebuildDerivedRows(connection, dialect, ["mandate"]);
}
