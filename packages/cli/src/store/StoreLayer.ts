import { existsSync } from "node:fs";
import type { AccessTokens, Store, StoreFailure } from "@remit/core";
import { Effect, Layer } from "effect";
import { storeOrIoError, type CliFailure } from "../failure/CliFailure";
import { cliMessage } from "../messages/CliMessage";
import type { StoreLocation } from "./StoreLocation";

/** Whether a command may create the store when there is none yet. */
export interface StoreAccess {
  /** `init`, `seed`, `import` and `db migrate` create a missing SQLite file; queries refuse to. */
  readonly create: boolean;
  /**
   * Whether the command writes to an existing store (`serve`, `token`). A command that neither
   * creates nor writes opens a SQLite file read-only, so a read-only file can be queried.
   */
  readonly write?: boolean;
}

/** The problem for a SQLite store that does not exist, with what to do. */
export function missingStore(location: StoreLocation): CliFailure {
  return storeOrIoError(cliMessage("store.missing", { store: location.shown }));
}

/**
 * The Store of `location`: SQLite for a path, PostgreSQL for a postgres:// URL. The store
 * packages (better-sqlite3, pg, Kysely) are imported here, on first use, so commands that
 * need no store (`symbol`, `validate`, `--help`) never load them. A query on a SQLite file
 * that does not exist, or on a PostgreSQL schema without Remit's tables, fails (exit 3)
 * instead of creating an empty store.
 */
export function storeLayer(
  location: StoreLocation,
  access: StoreAccess,
): Layer.Layer<Store | AccessTokens, StoreFailure | CliFailure> {
  return Layer.unwrap(
    Effect.gen(function* () {
      if (location.kind === "sqlite") {
        if (!access.create && !existsSync(location.path)) return yield* Effect.fail(missingStore(location));
        const { SqliteStore } = yield* Effect.promise(() => import("@remit/store-sqlite"));
        return SqliteStore.layer({ path: location.path, readOnly: !access.create && access.write !== true });
      }
      const { PostgresStore } = yield* Effect.promise(() => import("@remit/store-postgres"));
      return PostgresStore.layer({
        url: location.url,
        create: access.create,
        ...(location.schema === undefined ? {} : { schema: location.schema }),
      });
    }),
  );
}

/**
 * The store of `location` with its access tokens, for `remit serve` and `remit token`: the
 * store must exist (a SQLite file is not created here), and is opened for writing.
 */
export function storeServicesLayer(
  location: StoreLocation,
): Layer.Layer<Store | AccessTokens, StoreFailure | CliFailure> {
  return storeLayer(location, { create: false, write: true });
}
