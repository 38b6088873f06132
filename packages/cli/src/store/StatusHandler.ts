import { ENTITY_KIND_LABELS, codeLabelIn } from "@remit/core";
import { Effect } from "effect";
import { handle } from "../command/Handle";
import { say } from "../messages/CliMessage";
import { printResult } from "../output/PrintResult";
import { displayWidth, padToWidth } from "../output/TextWidth";
import type { UiLanguage } from "../output/UiLanguage";
import { storeStatus, type StoreStatus } from "./StoreStatus";

function sentences(status: StoreStatus, language: UiLanguage): string[] {
  const count = new Intl.NumberFormat(language);
  const store = status.store;
  // The kinds in the reader's words; the JSON output keeps the codes.
  const labelled = Object.entries(status.records).map(([kind, value]) => ({
    label: codeLabelIn(ENTITY_KIND_LABELS, kind, language),
    value,
  }));
  const width = Math.max(20, ...labelled.map(({ label }) => displayWidth(label)));
  const kinds = labelled.map(({ label, value }) => `  ${padToWidth(label, width)} ${count.format(value).padStart(12)}`);
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
