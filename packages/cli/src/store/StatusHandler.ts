import { Effect } from "effect";
import { handle } from "../command/Handle";
import { say } from "../messages/CliMessage";
import { printResult } from "../output/PrintResult";
import type { UiLanguage } from "../output/UiLanguage";
import { storeStatus, type StoreStatus } from "./StoreStatus";

function sentences(status: StoreStatus, language: UiLanguage): string[] {
  const count = new Intl.NumberFormat(language);
  const store = status.store;
  const kinds = Object.entries(status.records).map(
    ([kind, value]) => `  ${kind.padEnd(20)} ${count.format(value).padStart(12)}`,
  );
  return [
    status.backend === "sqlite"
      ? say(language, "status.sqlite", { store, bytes: status.bytes ?? 0 })
      : say(language, "status.postgres", { store }),
    say(language, "status.schema", {
      version: String(status.schemaVersion),
      latest: String(status.latestVersion),
      state: status.schemaState,
    }),
    say(language, "status.records", { count: status.recordCount }),
    ...kinds,
  ];
}

/** `remit db status`: the store's schema version, whether it needs migrating, and its records by kind. */
export const statusHandler = () =>
  handle((context) =>
    storeStatus(context.store).pipe(
      Effect.flatMap((status) => printResult(context, status, sentences(status, context.language))),
    ),
  );
