import type { Result } from "@remit/core";
import { readPostgresLocation } from "@remit/store-postgres/location";
import { cliMessage, type CliMessage } from "../messages/CliMessage";

/** The default store: a SQLite file in the working directory. */
export const DEFAULT_DB = "./remit.db";

/**
 * Where the store is: a SQLite file, or a PostgreSQL database (and schema) named by a URL.
 * `shown` is how messages name it: the path, or the URL without its password.
 */
export type StoreLocation =
  | { readonly kind: "sqlite"; readonly path: string; readonly shown: string }
  | { readonly kind: "postgres"; readonly url: string; readonly schema?: string; readonly shown: string };

/** The outcome of reading `--db`: the location, or why it is not one. */
export type StoreLocationResult = Result<StoreLocation, CliMessage>;

/**
 * Reads `--db` (or REMIT_DB): a URL selects PostgreSQL, read by the store's
 * `readPostgresLocation` (its `schema` parameter, the password hidden where it is shown);
 * anything else is a SQLite file path.
 * @example storeLocation("postgres://127.0.0.1:5432/test?schema=remit") // postgres, schema "remit"
 * @example storeLocation(undefined, {}) // sqlite ./remit.db
 */
export function storeLocation(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>> = {},
): StoreLocationResult {
  const given = [flag, env.REMIT_DB].find((value) => value !== undefined && value.trim() !== "")?.trim() ?? DEFAULT_DB;
  const source =
    flag !== undefined && flag.trim() !== ""
      ? "--db"
      : env.REMIT_DB !== undefined && env.REMIT_DB.trim() !== ""
        ? "REMIT_DB"
        : cliMessage("settings.defaultDb", {});
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(given))
    return { ok: true, value: { kind: "sqlite", path: given, shown: given } };
  const read = readPostgresLocation(given);
  if (read.ok) return { ok: true, value: { kind: "postgres", ...read.value } };
  const refusal = read.error;
  return {
    ok: false,
    error:
      refusal._tag === "NotAUrl"
        ? cliMessage("settings.dbNotUrl", { source, value: given })
        : refusal._tag === "NotPostgres"
          ? cliMessage("settings.dbScheme", { source, scheme: refusal.scheme })
          : cliMessage("settings.dbSchema", { source, schema: refusal.schema }),
  };
}
