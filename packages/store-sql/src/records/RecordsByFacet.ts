import type { EntityKind } from "@remit/core";
import type { Connection } from "../DialectInfo";
import { facetCode, type FacetName } from "../projection/Facets";
import type { StoredRow } from "./StoredRows";

/**
 * The stored rows of the records of `kind` that have `value` for `facet`, in id order: one
 * range of the facet index, joined to `records` by primary key.
 */
export async function recordsByFacet(
  connection: Connection,
  kind: EntityKind,
  facet: FacetName,
  value: string,
): Promise<StoredRow[]> {
  return connection
    .selectFrom("facet as f")
    .innerJoin("records as r", (join) => join.on("r.kind", "=", kind).onRef("r.id", "=", "f.record_id"))
    .select(["r.kind", "r.id", "r.revision", "r.body", "r.created_at", "r.updated_at", "r.updated_by"])
    .where("f.facet", "=", facetCode(facet))
    .where("f.value", "=", value)
    .orderBy("f.record_id")
    .execute();
}
