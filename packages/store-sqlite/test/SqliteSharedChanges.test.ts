import { Store } from "@remit/core";
import { Context, ManagedRuntime } from "effect";
import { sharedChangeRules } from "@remit/store-sql/testing";
import { SqliteStore } from "../src";
import { tempFolder } from "./TempDatabase";

// Two layers on one file, as two API processes would open it: the second hears the first's
// commits by its poll of the file's data_version.
sharedChangeRules(async () => {
  const folder = tempFolder();
  const path = folder.path("shared.db");
  const first = ManagedRuntime.make(SqliteStore.layer({ path }));
  const second = ManagedRuntime.make(SqliteStore.layer({ path }));
  return {
    first: Context.get(await first.context(), Store),
    second: Context.get(await second.context(), Store),
    release: async () => {
      await first.dispose();
      await second.dispose();
      folder.remove();
    },
  };
});
