// A second API process for the live session test: it opens the store another process serves,
// with public reads, and reports its URL over IPC. Bundled by SecondApiProcess.ts.
import { PostgresStore } from "@remit/store-postgres";
import { SqliteStore } from "@remit/store-sqlite";
import { serveApi } from "../src/node";
import type { StoreLocation } from "./ApiHarness";

process.once("message", (location: StoreLocation) => {
  void (async () => {
    const store =
      location.kind === "sqlite"
        ? SqliteStore.layer({ path: location.path })
        : PostgresStore.layer({ schema: location.schema, poolSize: 2 });
    const running = await serveApi({ store, port: 0, auth: { publicReads: true } });
    process.send?.({ url: running.url, pid: process.pid });
    process.once("message", () => {
      void running.close().then(() => process.exit(0));
    });
  })();
});
