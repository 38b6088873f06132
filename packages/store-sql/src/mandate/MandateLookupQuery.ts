import { noMandateWith, readMandateName, type Stored } from "@remit/core";
import type { Connection } from "../DialectInfo";
import { facetCode } from "../projection/Facets";
import { selectStoredRow, toStored } from "../records/StoredRows";

/**
 * The mandate a name names (core's `Store.findMandate`): the mandate with that id, else the
 * first by id whose symbol has the name's lookup key, found through its `reference` facet.
 * Throws core's NotFound, which the store passes on as the port's error.
 */
export async function findMandate(connection: Connection, text: string): Promise<Stored<"mandate">> {
  const byId = await selectStoredRow(connection, "mandate", text);
  if (byId !== undefined) return toStored("mandate", byId);
  const name = readMandateName(text);
  if (!name.ok) throw name.error;
  const row = await connection
    .selectFrom("facet as f")
    .innerJoin("records as r", (join) => join.on("r.kind", "=", "mandate").onRef("r.id", "=", "f.record_id"))
    .select(["r.kind", "r.id", "r.revision", "r.body", "r.created_at", "r.updated_at", "r.updated_by"])
    .where("f.facet", "=", facetCode("mandateReference"))
    .where("f.value", "=", name.value.key)
    .orderBy("f.record_id")
    .limit(1)
    .executeTakeFirst();
  if (row === undefined) throw noMandateWith(text, name.value.reference);
  return toStored("mandate", row);
}
