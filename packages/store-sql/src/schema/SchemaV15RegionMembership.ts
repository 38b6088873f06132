import type { Connection, DialectInfo } from "../DialectInfo";
import { BatchInserter } from "../projection/BatchInserter";
import { facetCode } from "../projection/Facets";
import { listedAreas, listedRegions } from "../projection/Projections";
import { forEachRecordPage } from "./DerivedRows";
import { insertCoreMembership } from "./RegionMembershipFollowsCore";

/**
 * Region rows hold what a record says, no more: an activity's region rows held every M49
 * region around each country it names, up to the world (about 4.5 rows of 16 per activity),
 * and an observation's area rows likewise. This writes core's M49 membership once to
 * `m49_member` (a few hundred rows), through which region filters, counts and groupings now
 * reach those countries, and writes the region and area rows again from `records` with the
 * regions each record lists. Records, revisions and the audit trail are untouched. A later
 * change to core's M49 table is written by `followCoreMembership` when the store opens.
 */
export async function createRegionMembership(connection: Connection, dialect: DialectInfo): Promise<void> {
  let members = connection.schema
    .createTable("m49_member")
    .addColumn("region", "text", (column) => dialect.idColumn(column.notNull()))
    .addColumn("country", "text", (column) => dialect.idColumn(column.notNull()))
    .addPrimaryKeyConstraint("m49_member_pk", ["region", "country"]);
  if (dialect.clusteredTableSuffix !== undefined) members = members.modifyEnd(dialect.clusteredTableSuffix);
  await members.execute();
  await connection.schema
    .createIndex("m49_member_by_country")
    .on("m49_member")
    .columns(["country", "region"])
    .execute();
  await insertCoreMembership(connection);

  const region = facetCode("activityRegion");
  const area = facetCode("observationArea");
  await connection.deleteFrom("facet").where("facet", "in", [region, area]).execute();
  const written = new BatchInserter(connection, dialect.maxParameters);
  await forEachRecordPage(connection, "activity", async (activities) => {
    for (const activity of activities)
      for (const code of listedRegions(activity)) written.add("facet", [activity.id, region, code]);
    await written.flushFull();
  });
  await forEachRecordPage(connection, "observation", async (observations) => {
    for (const observation of observations)
      for (const code of listedAreas(observation)) written.add("facet", [observation.id, area, code]);
    await written.flushFull();
  });
  await written.flush();
}
