import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildSync } from "esbuild";
import { afterAll } from "vitest";
import { importFileRules } from "@remit/store-sql/testing";
import { tempStoreLayer } from "./TempDatabase";

// The tests run from the sources, where a store has no built reading thread and reads an
// import in its own thread (SqliteImport.test.ts): the same rules again with the worker
// built as the benchmark builds it, so the two-thread import gives the same reports.
const folder = mkdtempSync(join(tmpdir(), "remit-import-worker-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const worker = join(folder, "import-worker.mjs");
buildSync({
  entryPoints: [join(import.meta.dirname, "../../store-sql/src/import/ImportWorker.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["@remit/source"],
  outfile: worker,
  logLevel: "warning",
});
const importWorker = pathToFileURL(worker);

importFileRules((bulkImportThreshold) =>
  tempStoreLayer({ importWorker, ...(bulkImportThreshold === undefined ? {} : { bulkImportThreshold }) }),
);
