import { Effect } from "effect";
import { handleWithStore } from "../command/Handle";
import { printResult } from "../output/PrintResult";
import { say } from "../messages/CliMessage";

/**
 * `remit seed`: puts the records of the two seed documents (E/CN.15/2011/2 and the 2021
 * report of the Secretary-General on cybercrime technical assistance) into the store, in one
 * all-or-nothing import. Idempotent: a second run writes nothing and says so.
 */
export const seedHandler = () =>
  handleWithStore({ create: true }, (context) =>
    Effect.gen(function* () {
      const { seedStoreWith, SEED_DOCUMENTS } = yield* Effect.promise(() => import("@remit/dataset"));
      const report = yield* seedStoreWith({ actor: "remit seed" });
      const documents = SEED_DOCUMENTS.map((document) => document.citation);
      const store = context.store.shown;
      const outcome =
        report.written === 0
          ? say(context.language, "outcome.seededNothing", { store, documents, unchanged: report.unchanged })
          : say(context.language, "outcome.seeded", {
              store,
              documents,
              written: report.written,
              unchanged: report.unchanged,
            });
      yield* printResult(
        context,
        {
          store: context.store.shown,
          read: report.read,
          written: report.written,
          unchanged: report.unchanged,
          rejected: report.rejected,
        },
        [outcome],
      );
    }),
  );
