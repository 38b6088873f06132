import { matchesActivityFilter, regionsOfCountry, type Activity } from "@remit/core";
import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { facetCode } from "../projection/Facets";
import { listedRegions } from "../projection/Projections";
import { m49MemberRows } from "../projection/RegionMembership";
import type { MigrationReport } from "../schema/Migrations";
import type { RemitDatabase } from "../schema/RemitDatabase";
import { withoutFacetStartKeys } from "./FacetStartKeysMigrationRules";
import { activities } from "./ImportFileRules";
import { succeeds, withStore, type MakeLayer } from "./StoreAccess";

/** A migrated database a test can reach behind the store: to write it as an earlier version did, and migrate it again. */
export interface MigratedDatabase {
  /** A new, migrated database, with a layer of a store on it. */
  readonly open: () => Promise<{
    readonly layer: MakeLayer;
    /** Applies the migrations the database lacks. */
    readonly migrate: () => Promise<MigrationReport>;
    /** Runs `work` on the database's tables. */
    readonly onTables: <A>(work: (db: Kysely<RemitDatabase>) => Promise<A>) => Promise<A>;
  }>;
}

/** The region rows of migration 14's layout: every region around each country named, besides those listed. */
function regionRowsOfVersion14(activity: Activity): string[] {
  return [...new Set([...listedRegions(activity), ...activity.countries.named.flatMap(regionsOfCountry)])];
}

/**
 * Migration 15 on a database written by migration 14's layout: its region rows around the
 * countries named are gone, those the activities list stay, `m49_member` holds core's M49
 * membership, and region filters answer as core's predicate does.
 */
export function regionRowsMigrationRules(database: MigratedDatabase): void {
  describe("migration 15 (region membership)", () => {
    it(
      "deletes the region rows around named countries and still finds every activity by region",
      { timeout: 60_000 },
      async () => {
        const { layer, migrate, onTables } = await database.open();
        const written = activities(40, 15);
        await withStore(layer, async (store) => {
          for (const activity of written) await succeeds(store.put("activity", activity, { actor: "editor" }));
        });
        const region = facetCode("activityRegion");
        const derived = written.flatMap((activity) =>
          regionRowsOfVersion14(activity)
            .filter((code) => !listedRegions(activity).includes(code))
            .map((value) => ({ record_id: activity.id, facet: region, value })),
        );
        expect(derived.length).toBeGreaterThan(written.length);
        await onTables(async (db) => {
          await withoutFacetStartKeys(db);
          await db.deleteFrom("remit_migrations").where("version", "=", 15).execute();
          await db.schema.dropTable("m49_member").execute();
          for (let start = 0; start < derived.length; start += 200)
            await db
              .insertInto("facet")
              .values(derived.slice(start, start + 200))
              .execute();
        });

        const report = await migrate();
        expect(report.applied).toEqual([
          { version: 15, name: "region-membership" },
          { version: 16, name: "facet-start-keys" },
          { version: 17, name: "activity-period-index" },
          { version: 18, name: "observation-form-index" },
        ]);
        await onTables(async (db) => {
          const rows = await db
            .selectFrom("facet")
            .select(["record_id", "value"])
            .where("facet", "=", region)
            .execute();
          for (const activity of written)
            expect(
              rows
                .filter((row) => row.record_id === activity.id)
                .map((row) => row.value)
                .toSorted(),
            ).toEqual(listedRegions(activity).toSorted());
          const members = await db.selectFrom("m49_member").select(["region", "country"]).execute();
          expect(members.length).toBe(m49MemberRows().length);
        });
        await withStore(layer, async (store) => {
          for (const code of ["001", "002", "013", "142", "419"]) {
            const page = await succeeds(store.findActivities({ region: code }, { limit: 1000 }));
            expect(page.items.map((stored) => stored.record.id)).toEqual(
              written
                .filter((activity) => matchesActivityFilter(activity, { region: code }))
                .map((activity) => activity.id)
                .toSorted(),
            );
          }
        });
      },
    );
  });
}
