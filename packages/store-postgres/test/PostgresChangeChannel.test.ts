import { Store, type StoreShape } from "@remit/core";
import { followChanges } from "@remit/core/testing";
import { activities } from "@remit/store-sql/testing";
import { Context, Effect, ManagedRuntime } from "effect";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { PostgresStore } from "../src";
import { dropSchema, onServer, tempSchemaName } from "./TempSchema";

const schemas: string[] = [];
const runtimes: ManagedRuntime.ManagedRuntime<Store, unknown>[] = [];

async function storeIn(schema: string): Promise<StoreShape> {
  if (!schemas.includes(schema)) schemas.push(schema);
  const runtime = ManagedRuntime.make(PostgresStore.layer({ schema, poolSize: 2 }));
  runtimes.push(runtime);
  return Context.get(await runtime.context(), Store);
}

afterAll(async () => {
  for (const runtime of runtimes) await runtime.dispose();
  for (const schema of schemas) await dropSchema(schema);
});

describe("the PostgreSQL store's change channel", () => {
  it("keeps two schemas of one database apart: a store hears its own schema's writes, not the other's", async () => {
    const [mine, other] = [tempSchemaName(), tempSchemaName()];
    const store = await storeIn(mine);
    const neighbour = await storeIn(other);
    const follower = followChanges(store);
    try {
      await follower.listening;
      const [theirs, ours] = activities(2);
      await Effect.runPromise(neighbour.put("activity", theirs!, { actor: "neighbour" }));
      await Effect.runPromise(store.put("activity", ours!, { actor: "editor" }));
      await follower.hears((change) => change._tag === "RecordChanged" && change.id === ours!.id);
      // NOTIFYs of one channel arrive in commit order: had the neighbour's crossed over, it would be here.
      expect(follower.heard.filter((change) => change._tag === "RecordChanged").map((change) => change.id)).toEqual([
        ours!.id,
      ]);
    } finally {
      await follower.stop();
    }
  });

  it("listens again after its connection is cut, says it resumed, and hears what follows", async () => {
    const schema = tempSchemaName();
    const store = await storeIn(schema);
    const writer = await storeIn(schema);
    const follower = followChanges(store);
    try {
      await follower.listening;
      await onServer((db) =>
        sql`select pg_terminate_backend(pid) from pg_stat_activity
            where application_name = 'remit-changes' and query like ${`LISTEN "remit_changes:${schema}"%`}`.execute(db),
      );
      await follower.hears((change) => change._tag === "StoreChanged" && change.reason === "resumed");
      const [activity] = activities(1);
      await Effect.runPromise(writer.put("activity", activity!, { actor: "editor" }));
      await follower.hears((change) => change._tag === "RecordChanged" && change.id === activity!.id);
    } finally {
      await follower.stop();
    }
  });
});
