import type { Result } from "@remit/core";
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

const POSTGRES_SCHEMES = ["postgres:", "postgresql:"];
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/**
 * Reads `--db` (or REMIT_DB): a `postgres://` or `postgresql://` URL selects PostgreSQL, and
 * its `schema` query parameter (not a libpq parameter, so it is taken off the URL) names the
 * schema holding Remit's tables; anything else is a SQLite file path.
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
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    return {
      ok: false,
      error: cliMessage("settings.dbNotUrl", { source, value: given }),
    };
  }
  if (!POSTGRES_SCHEMES.includes(url.protocol)) {
    return {
      ok: false,
      error: cliMessage("settings.dbScheme", { source, scheme: url.protocol.replace(/:$/, "") }),
    };
  }
  const schema = url.searchParams.get("schema") ?? undefined;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    return {
      ok: false,
      error: cliMessage("settings.dbSchema", { source, schema }),
    };
  }
  url.searchParams.delete("schema");
  const shownUrl = new URL(url.toString());
  if (shownUrl.password !== "") shownUrl.password = "***";
  const shown = `${shownUrl.toString()}${schema === undefined ? "" : ` (schema ${schema})`}`;
  return {
    ok: true,
    value: { kind: "postgres", url: url.toString(), ...(schema === undefined ? {} : { schema }), shown },
  };
}
