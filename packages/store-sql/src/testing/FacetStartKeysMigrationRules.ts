import { compareActivities, matchesActivityFilter, periodStart, type ActivityFilter } from "@remit/core";
import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { startDayKey } from "../activity/StartDayKey";
import { facetCode, facetCodesOf, startOrderedFacetCodes } from "../projection/Facets";
import type { RemitDatabase } from "../schema/RemitDatabase";
import { ACTIVITY_PERIOD_INDEX, FACET_START_INDEX, OBSERVATION_FORM_INDEX } from "../schema/SecondaryIndexes";
import { activities } from "./ImportFileRules";
import type { MigratedDatabase } from "./RegionRowsMigrationRules";
import { succeeds, withStore } from "./StoreAccess";

/** Puts a migrated database back as migration 17 left it: no index of figures by form, and migration 18 unrecorded. */
async function withoutObservationFormIndex(db: Kysely<RemitDatabase>): Promise<void> {
  await db.schema.dropIndex(OBSERVATION_FORM_INDEX.name).ifExists().execute();
  await db.deleteFrom("remit_migrations").where("version", "=", 18).execute();
}

/** Puts a migrated database back as migration 16 left it: no index of activities' periods, and migrations 17 and 18 unrecorded. */
export async function withoutActivityPeriodIndex(db: Kysely<RemitDatabase>): Promise<void> {
  await withoutObservationFormIndex(db);
  await db.schema.dropIndex(ACTIVITY_PERIOD_INDEX.name).ifExists().execute();
  await db.deleteFrom("remit_migrations").where("version", "=", 17).execute();
}

/** Puts a migrated database back as migration 15 left it: facet rows without start keys, and the migrations since unrecorded. */
export async function withoutFacetStartKeys(db: Kysely<RemitDatabase>): Promise<void> {
  await withoutActivityPeriodIndex(db);
  await db.schema.dropIndex(FACET_START_INDEX.name).ifExists().execute();
  await db.schema.alterTable("facet").dropColumn("start_key").execute();
  await db.deleteFrom("remit_migrations").where("version", "=", 16).execute();
}

const SORTED_FILTERS: readonly ActivityFilter[] = [
  { topic: "online-child-sexual-exploitation-and-abuse" },
  { partner: "interpol", audience: "prosecutors" },
  { country: "SLV", kind: "training" },
  { mandateId: "a-res-74-173", period: { start: "2020" } },
];

/**
 * Migration 16 on a database written before it: every facet row of an activity that a list
 * sorted by start may walk gains the activity's start day (`YYYYMMDD`), other rows none, and
 * lists sorted by start, read page by page, are core's order of core's matches.
 */
export function facetStartKeysMigrationRules(database: MigratedDatabase): void {
  describe("migration 16 (facet start keys)", () => {
    it(
      "gives each activity's facet rows its start and lists sorted by start follow core",
      { timeout: 60_000 },
      async () => {
        const { layer, migrate, onTables } = await database.open();
        // Three of one kind start in the years 999 and 1000, whose keys are short integers
        // (9,990,101 and 10,000,101): they must still sort, and read back, as core's days.
        const earliest = ["0999", "0999-12-31", "1000-01"] as const;
        const written = activities(60, 16).map((activity, index, all) =>
          index < earliest.length ? { ...activity, kind: all[0]!.kind, period: { start: earliest[index]! } } : activity,
        );
        await withStore(layer, async (store) => {
          for (const activity of written) await succeeds(store.put("activity", activity, { actor: "editor" }));
        });
        await onTables(withoutFacetStartKeys);

        const report = await migrate();
        expect(report.applied).toEqual([
          { version: 16, name: "facet-start-keys" },
          { version: 17, name: "activity-period-index" },
          { version: 18, name: "observation-form-index" },
        ]);
        await onTables(async (db) => {
          const rows = await db
            .selectFrom("facet")
            .select(["record_id", "start_key"])
            .where("facet", "in", startOrderedFacetCodes())
            .execute();
          expect(rows.length).toBeGreaterThan(written.length);
          const starts = new Map(written.map((activity) => [activity.id, startDayKey(periodStart(activity.period))]));
          for (const row of rows) expect(row.start_key).toBe(starts.get(row.record_id));
          // Regions and relations never drive a list sorted by start: their rows stay out of the index.
          const unwalked = facetCodesOf("activity").filter((code) => !startOrderedFacetCodes().includes(code));
          expect(unwalked).toEqual([facetCode("activityRegion"), facetCode("activityRelation")]);
          const others = await db
            .selectFrom("facet")
            .select("start_key")
            .where("facet", "not in", startOrderedFacetCodes())
            .where("start_key", "is not", null)
            .execute();
          expect(others).toEqual([]);
        });
        await withStore(layer, async (store) => {
          let listed = 0;
          for (const filter of [...SORTED_FILTERS, { kind: written[0]!.kind }]) {
            for (const direction of ["asc", "desc"] as const) {
              const sort = { by: "start", direction } as const;
              const ids: string[] = [];
              let cursor: string | undefined;
              do {
                const page = await succeeds(
                  store.findActivities(filter, { limit: 3, ...(cursor === undefined ? {} : { cursor }) }, sort),
                );
                ids.push(...page.items.map((stored) => stored.record.id));
                cursor = page.nextCursor;
              } while (cursor !== undefined);
              listed += ids.length;
              expect(ids).toEqual(
                written
                  .filter((activity) => matchesActivityFilter(activity, filter))
                  .toSorted(compareActivities(sort))
                  .map((activity) => activity.id),
              );
            }
          }
          // Pages of three: several pages per list, each after the last one's (start, id).
          expect(listed).toBeGreaterThan(4 * 3 * 2);
        });
      },
    );
  });
}
