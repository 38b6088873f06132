// A child process for the SIGKILL test: imports a JSON Lines file into a PostgreSQL store and
// prints its progress, so that the test can kill it at chosen points.
import { createReadStream } from "node:fs";
import { readJsonLines } from "@remit/core";
import { Effect } from "effect";
import { PostgresStore } from "../src";

const [schema, file, threshold] = process.argv.slice(2);

const report = await Effect.runPromise(
  Effect.scoped(
    Effect.gen(function* () {
      const store = yield* PostgresStore.make({ schema: schema!, bulkImportThreshold: Number(threshold), poolSize: 2 });
      return yield* store.importRecords(readJsonLines(createReadStream(file!), { kind: "activity" }), {
        actor: "child",
        progressEvery: 500,
        onProgress: (progress) => process.stdout.write(`progress ${progress.read} ${progress.written}\n`),
      });
    }),
  ),
);
process.stdout.write(`done ${report.written}\n`);
