import { rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runStoreBench } from "../../store-sql/bench/StoreBench";
import { SqliteStore } from "../src";
import { sqliteFloor } from "./SqliteFloor";

const script = fileURLToPath(import.meta.url);

function removeDatabase(path: string): void {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
}

// The bundle runs from node_modules/.cache/remit-bench/, three folders below the package.
await runStoreBench({
  store: "@remit/store-sqlite",
  packageDir: join(dirname(script), "..", "..", ".."),
  script,
  targets: () => {
    const floor = join(tmpdir(), "remit-bench", `floor-${process.pid}.db`);
    const imported = join(tmpdir(), "remit-bench", `import-${process.pid}.db`);
    removeDatabase(floor);
    removeDatabase(imported);
    return {
      floor,
      import: imported,
      cleanup: async () => {
        removeDatabase(floor);
        removeDatabase(imported);
      },
    };
  },
  open: (path) => SqliteStore.make({ path }),
  floor: sqliteFloor,
  floorLabel: "JSON.parse + better-sqlite3 prepared single-row inserts of the same rows, 1 transaction",
  size: async (path) => statSync(path).size / 1e6,
  pageTargetMs: 2,
  leanFloor: true,
});
