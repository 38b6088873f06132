import {
  ENTITY_KINDS,
  InMemoryStore,
  type ActivityCountQuery,
  type ActivityFilter,
  type AggregationQuery,
  type AuditEntry,
  type EntityKind,
  type StoreShape,
  type Stored,
} from "@remit/core";
import { SCHEMA_VERSION, type MigrationReport } from "../schema/Migrations";
import { describe, expect, it } from "vitest";
import { succeeds, withStore, type MakeLayer } from "./StoreAccess";

/** What a suite needs: a copy of the 0.1.0 database to open, and how to migrate and open it. */
export interface ReleasedDatabase {
  /** Migrates a fresh copy of the 0.1.0 database and returns what that did, with a layer on the copy. */
  readonly open: () => Promise<{ readonly migration: MigrationReport; readonly layer: ReturnType<MakeLayer> }>;
}

async function everything(store: StoreShape): Promise<Stored<EntityKind>[]> {
  const all: Stored<EntityKind>[] = [];
  for (const kind of ENTITY_KINDS) {
    let cursor: string | undefined;
    do {
      const page = await succeeds(store.list(kind, { limit: 1000, ...(cursor === undefined ? {} : { cursor }) }));
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== undefined);
  }
  return all;
}

async function allActivities(store: StoreShape, filter: ActivityFilter): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await succeeds(
      store.findActivities(filter, { limit: 7, ...(cursor === undefined ? {} : { cursor }) }),
    );
    ids.push(...page.items.map((stored) => stored.record.id));
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return ids;
}

const FILTERS: readonly ActivityFilter[] = [
  {},
  { country: "SLV" },
  { region: "419" },
  { region: "002" },
  { region: "001", period: { start: "2020" } },
  { topic: "online-child-sexual-exploitation-and-abuse" },
  { partner: "interpol" },
  { mandateId: "a-res-74-173" },
  { kind: "training", period: { start: "2020" } },
  { text: "formation" },
];

const COUNTS: readonly ActivityCountQuery[] = [
  { facet: "region" },
  { facet: "country", scope: { region: "419" } },
  { facet: "topic", scope: { region: "002" } },
];

const AGGREGATIONS: readonly AggregationQuery[] = [
  { bucket: "year" },
  { bucket: "year", by: { dimension: "country" } },
  { bucket: "month", by: { dimension: "region", regions: ["002", "019", "142"] } },
  { bucket: "year", by: { dimension: "topic" } },
  {
    bucket: "year",
    by: { dimension: "region", regions: ["001", "013", "419"] },
    scope: { activities: { region: "019" } },
  },
];

/**
 * A database written by Remit 0.1.0 (schema version 1) opens with this version: it is
 * migrated forward in place, keeps every record, revision and audit entry, and then
 * answers every query exactly as core's in-memory store does over the same records.
 */
export function releasedDatabaseRules(released: ReleasedDatabase): void {
  describe("a database written by Remit 0.1.0", () => {
    it("is migrated forward, keeps its records and trail, and answers like core", { timeout: 60_000 }, async () => {
      const { migration, layer } = await released.open();
      expect(migration.from).toBe(1);
      expect(migration.to).toBe(SCHEMA_VERSION);
      await withStore(
        () => layer,
        async (migrated) => {
          const stored = await everything(migrated);
          expect(stored.length).toBeGreaterThan(150);
          const edited = stored.find((item) => item.revision > 1);
          expect(edited).toBeDefined();
          const trail: readonly AuditEntry[] = await succeeds(migrated.history(edited!.kind, edited!.record.id));
          expect(trail.map((entry) => entry.action)).toEqual(["create", "update"]);

          const model = InMemoryStore.make();
          async function* entries() {
            for (const item of stored) yield { kind: item.kind, record: item.record };
          }
          await succeeds(model.importRecords(entries(), { actor: "model" }));

          for (const filter of FILTERS) {
            expect(await allActivities(migrated, filter)).toEqual(await allActivities(model, filter));
          }
          const sessions = (await succeeds(migrated.sessionsOf("ccpcj"))).map((item) => item.record);
          expect(sessions.length).toBeGreaterThan(0);
          expect(sessions).toEqual((await succeeds(model.sessionsOf("ccpcj"))).map((item) => item.record));
          for (const session of [20, 29, 30]) {
            expect(await succeeds(migrated.reportsDue("ccpcj", session))).toEqual(
              await succeeds(model.reportsDue("ccpcj", session)),
            );
          }
          for (const name of ["A/RES/74/173", "GA resolution 65/230", "CCPCJ resolution 22/8"]) {
            const found = await succeeds(migrated.findMandate(name));
            expect(found.record.id).toBe((await succeeds(model.findMandate(name))).record.id);
          }
          for (const query of COUNTS) {
            expect(await succeeds(migrated.countActivities(query))).toEqual(
              await succeeds(model.countActivities(query)),
            );
          }
          for (const query of AGGREGATIONS) {
            expect(await succeeds(migrated.aggregateObservations(query))).toEqual(
              await succeeds(model.aggregateObservations(query)),
            );
          }
        },
      );
    });
  });
}
