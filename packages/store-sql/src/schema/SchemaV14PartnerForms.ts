import type { Connection, DialectInfo } from "../DialectInfo";
import { BatchInserter } from "../projection/BatchInserter";
import { facetCode } from "../projection/Facets";
import { PartnerAliasWriter } from "../projection/PartnerAliasWriter";
import { partnerAliases, partnerForms } from "../projection/PartnerForms";
import { forEachRecordPage } from "./DerivedRows";

/**
 * One partner facet row per partner: an activity's partner rows held every name and acronym
 * (INTERPOL three rows: its English and Chinese names and its acronym); they now hold one form
 * (`partnerForm`), and `partner_alias` leads a filter from any name or acronym to it. The
 * partner rows are written again from `records`, a page of activities at a time; records,
 * revisions and the audit trail are untouched.
 */
export async function createPartnerForms(connection: Connection, dialect: DialectInfo): Promise<void> {
  let aliases = connection.schema
    .createTable("partner_alias")
    .addColumn("alias", "text", (column) => dialect.idColumn(column.notNull()))
    .addColumn("form", "text", (column) => dialect.idColumn(column.notNull()))
    .addPrimaryKeyConstraint("partner_alias_pk", ["alias", "form"]);
  if (dialect.clusteredTableSuffix !== undefined) aliases = aliases.modifyEnd(dialect.clusteredTableSuffix);
  await aliases.execute();
  const partner = facetCode("activityPartner");
  await connection.deleteFrom("facet").where("facet", "=", partner).execute();
  const rows = new BatchInserter(connection, dialect.maxParameters);
  const written = new PartnerAliasWriter(connection, dialect.maxParameters);
  await forEachRecordPage(connection, "activity", async (activities) => {
    for (const activity of activities) {
      for (const form of partnerForms(activity)) rows.add("facet", [activity.id, partner, form]);
      written.add(partnerAliases(activity));
    }
    await rows.flushFull();
    await written.flush();
  });
  await rows.flush();
}
