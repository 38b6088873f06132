import { countriesInRegion, matchesActivityFilter, regionCodes, regionsOfCountry, type Activity } from "@remit/core";
import { describe, expect, it } from "vitest";
import { listedRegions } from "../projection/Projections";
import { m49MemberRows } from "../projection/RegionMembership";
import { activities } from "./ImportFileRules";
import type { MigratedDatabase } from "./RegionRowsMigrationRules";
import { succeeds, withStore } from "./StoreAccess";

/** The ids of `written` that a region filter on `region` finds through `members` (as the store's SQL reads them). */
function foundThrough(written: readonly Activity[], members: readonly [string, string][], region: string): string[] {
  const inRegion = new Set(members.filter(([code]) => code === region).map(([, country]) => country));
  return written
    .filter(
      (activity) =>
        listedRegions(activity).includes(region) || activity.countries.named.some((country) => inRegion.has(country)),
    )
    .map((activity) => activity.id)
    .toSorted();
}

function foundByCore(written: readonly Activity[], region: string): string[] {
  return written
    .filter((activity) => matchesActivityFilter(activity, { region }))
    .map((activity) => activity.id)
    .toSorted();
}

/**
 * `m49_member` follows the installed core: a store whose membership differs from core's (core
 * upgraded with a changed M49 table, or rows changed by hand) has it rewritten when it is
 * opened to write, and its region filters answer as core's predicate does; a region filter
 * pages through its activities in id order (read by merging the index ranges of the region's
 * countries).
 */
export function regionMembershipRules(database: MigratedDatabase): void {
  describe("region filters through m49_member", () => {
    it(
      "a region filter pages through exactly the activities core puts in the region, in id order",
      { timeout: 60_000 },
      async () => {
        const { layer } = await database.open();
        const written = activities(60, 21);
        await withStore(layer, async (store) => {
          for (const activity of written) await succeeds(store.put("activity", activity, { actor: "editor" }));
          for (const region of regionCodes()) {
            const expected = foundByCore(written, region);
            const ids: string[] = [];
            let cursor: string | undefined;
            do {
              const page = await succeeds(
                store.findActivities({ region }, { limit: 3, ...(cursor === undefined ? {} : { cursor }) }),
              );
              ids.push(...page.items.map((stored) => stored.record.id));
              cursor = page.nextCursor;
            } while (cursor !== undefined && ids.length <= expected.length);
            expect(ids, `region ${region}`).toEqual(expected);
          }
          expect(regionCodes().some((region) => foundByCore(written, region).length > 6)).toBe(true);
        });
      },
    );

    it(
      "a membership other than core's is rewritten when the store opens, and region filters answer as core does",
      { timeout: 60_000 },
      async () => {
        const { layer, onTables } = await database.open();
        const written = activities(40, 15);
        await withStore(layer, async (store) => {
          for (const activity of written) await succeeds(store.put("activity", activity, { actor: "editor" }));
        });
        const moved = written.flatMap((activity) => activity.countries.named)[0]!;
        const elsewhere = regionCodes().find((code) => !countriesInRegion(code).includes(moved))!;
        // The country leaves every region core puts it in and joins one core does not.
        const altered: [string, string][] = [
          ...m49MemberRows().filter(([, country]) => country !== moved),
          [elsewhere, moved],
        ];
        await onTables(async (db) => {
          await db.deleteFrom("m49_member").where("country", "=", moved).execute();
          await db.insertInto("m49_member").values({ region: elsewhere, country: moved }).execute();
        });
        const checked = [...regionsOfCountry(moved), elsewhere];
        expect(
          checked.some((code) => foundThrough(written, altered, code).join() !== foundByCore(written, code).join()),
        ).toBe(true);

        await withStore(layer, async (store) => {
          for (const code of checked) {
            const page = await succeeds(store.findActivities({ region: code }, { limit: 1000 }));
            expect(page.items.map((stored) => stored.record.id)).toEqual(foundByCore(written, code));
          }
        });
        const members = await onTables((db) => db.selectFrom("m49_member").select(["region", "country"]).execute());
        expect(members.map(({ region, country }) => `${region} ${country}`).toSorted()).toEqual(
          m49MemberRows()
            .map(([region, country]) => `${region} ${country}`)
            .toSorted(),
        );
      },
    );
  });
}
