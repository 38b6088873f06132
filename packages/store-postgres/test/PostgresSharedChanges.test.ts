import { Store } from "@remit/core";
import { Context, ManagedRuntime } from "effect";
import { sharedChangeRules } from "@remit/store-sql/testing";
import { PostgresStore } from "../src";
import { dropSchema, tempSchemaName } from "./TempSchema";

// Two stores on one schema, each with its own pool and its own listening connection, as two
// API processes would have: the second hears the first's NOTIFY.
sharedChangeRules(async () => {
  const schema = tempSchemaName();
  const first = ManagedRuntime.make(PostgresStore.layer({ schema, poolSize: 2 }));
  const firstStore = Context.get(await first.context(), Store);
  const second = ManagedRuntime.make(PostgresStore.layer({ schema, poolSize: 2 }));
  return {
    first: firstStore,
    second: Context.get(await second.context(), Store),
    release: async () => {
      await first.dispose();
      await second.dispose();
      await dropSchema(schema);
    },
  };
});
