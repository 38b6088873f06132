import type { Connection, DialectInfo } from "../DialectInfo";
import { facetCodesOf } from "../projection/Facets";
import { rebuildDerivedRows } from "./DerivedRows";
import { addFacetNames } from "./SchemaV6AggregationPartials";

/**
 * The sessions each mandate's reports are due at or were deferred from (`mandateReportAt`
 * facets), so that "reports due at session N of body B" reads only those mandates. The
 * mandates' derived rows are rebuilt from `records`.
 */
export async function createReportSessionIndex(connection: Connection, dialect: DialectInfo): Promise<void> {
  await addFacetNames(connection);
  await connection.deleteFrom("facet").where("facet", "in", facetCodesOf("mandate")).execute();
  await rebuildDerivedRows(connection, dialect, ["mandate"]);
}
