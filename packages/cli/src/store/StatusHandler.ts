import { Effect } from "effect";
import { handle } from "../command/Handle";
import { printResult } from "../output/PrintResult";
import { storeStatus, type StoreStatus } from "./StoreStatus";

const count = new Intl.NumberFormat("en");

function sentences(status: StoreStatus): string[] {
  const backend = status.backend === "sqlite" ? `SQLite, ${count.format(status.bytes ?? 0)} bytes` : "PostgreSQL";
  const behind =
    status.schemaVersion < status.latestVersion
      ? ` (this Remit writes version ${status.latestVersion}: run \`remit db migrate\`)`
      : status.schemaVersion > status.latestVersion
        ? ` (newer than this Remit's ${status.latestVersion}: upgrade @remit/cli)`
        : " (current)";
  const total = Object.values(status.records).reduce((sum, value) => sum + value, 0);
  const kinds = Object.entries(status.records).map(
    ([kind, value]) => `  ${kind.padEnd(20)} ${count.format(value).padStart(12)}`,
  );
  return [
    `${status.store} (${backend})`,
    `schema version ${status.schemaVersion}${behind}`,
    `${count.format(total)} records`,
    ...kinds,
  ];
}

/** `remit db status`: the store's schema version, whether it needs migrating, and its records by kind. */
export const statusHandler = () =>
  handle((context) =>
    storeStatus(context.store).pipe(Effect.flatMap((status) => printResult(context, status, sentences(status)))),
  );
