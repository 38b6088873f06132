import { existsSync } from "node:fs";
import type { StoreStatus as StoreTables } from "@remit/store-sqlite";
import { Effect } from "effect";
import { storeOrIoError, type CliFailure } from "../failure/CliFailure";
import { cliMessage } from "../messages/CliMessage";
import { missingStore } from "./StoreLayer";
import type { StoreLocation } from "./StoreLocation";

/** What `remit db status` reports about a store (the store package's status), read without changing it. */
export interface StoreStatus extends StoreTables {
  readonly store: string;
  readonly backend: "sqlite" | "postgres";
  /** The file's size, for SQLite. */
  readonly bytes?: number;
}

/** The store package's status of `location`; the store packages are loaded only here. */
function statusOf(location: StoreLocation) {
  return Effect.gen(function* () {
    if (location.kind === "sqlite") {
      const { SqliteStore } = yield* Effect.promise(() => import("@remit/store-sqlite"));
      return yield* SqliteStore.status(location.path);
    }
    const { PostgresStore } = yield* Effect.promise(() => import("@remit/store-postgres"));
    return yield* PostgresStore.status({
      url: location.url,
      ...(location.schema === undefined ? {} : { schema: location.schema }),
    });
  });
}

/**
 * Reads a store's schema version, applied migrations and record counts without opening it
 * as a Store (which would migrate it): `remit db status` must not change what it reports on.
 */
export function storeStatus(location: StoreLocation): Effect.Effect<StoreStatus, CliFailure> {
  if (location.kind === "sqlite" && !existsSync(location.path)) return Effect.fail(missingStore(location));
  return statusOf(location).pipe(
    Effect.map((status) => ({ store: location.shown, backend: location.kind, ...status })),
    Effect.mapError((failure) =>
      storeOrIoError(
        cliMessage("failure.cannotReadStatus", { store: location.shown, problem: failure.message }),
        failure,
      ),
    ),
  );
}
