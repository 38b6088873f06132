import type { Result } from "@remit/core";

/**
 * A PostgreSQL store named by one URL: the URL the driver connects with, the schema that holds
 * Remit's tables, and how messages name the store (the URL without its password).
 */
export interface PostgresLocation {
  /** The connection URL, without the `schema` parameter (libpq knows no such parameter). */
  readonly url: string;
  /** The schema of Remit's tables, when the URL names one. */
  readonly schema?: string;
  /** The store as a message names it: `postgres://remit:***@host/db (schema remit_2021)`. */
  readonly shown: string;
}

/** Why a text names no PostgreSQL store: not a URL, another scheme, or a schema that is no plain SQL name. */
export type PostgresLocationRefusal =
  | { readonly _tag: "NotAUrl"; readonly value: string; readonly message: string }
  | { readonly _tag: "NotPostgres"; readonly scheme: string; readonly message: string }
  | { readonly _tag: "InvalidSchemaName"; readonly schema: string; readonly message: string };

const POSTGRES_SCHEMES = ["postgres:", "postgresql:"];
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/**
 * Reads a store's URL: `postgres://` or `postgresql://`, whose `schema` query parameter names
 * the schema of Remit's tables and is taken off the URL the driver gets. The same URL names
 * the same store wherever it is written (`remit --db`, the demo's `--db`).
 * @example readPostgresLocation("postgres://u:secret@127.0.0.1/test?schema=remit")
 * // { ok: true, value: { url: "postgres://u:secret@127.0.0.1/test", schema: "remit", shown: "postgres://u:***@127.0.0.1/test (schema remit)" } }
 */
export function readPostgresLocation(text: string): Result<PostgresLocation, PostgresLocationRefusal> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, error: { _tag: "NotAUrl", value: text, message: `${text} is not a URL` } };
  }
  if (!POSTGRES_SCHEMES.includes(url.protocol)) {
    const scheme = url.protocol.replace(/:$/, "");
    const message = `${scheme}:// is not PostgreSQL; a store's URL starts with postgres:// or postgresql://`;
    return { ok: false, error: { _tag: "NotPostgres", scheme, message } };
  }
  const schema = url.searchParams.get("schema") ?? undefined;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    const message = `schema ${schema} is not a plain SQL name (a letter or _, then letters, digits or _; at most 63)`;
    return { ok: false, error: { _tag: "InvalidSchemaName", schema, message } };
  }
  url.searchParams.delete("schema");
  const shownUrl = new URL(url.toString());
  if (shownUrl.password !== "") shownUrl.password = "***";
  const shown = `${shownUrl.toString()}${schema === undefined ? "" : ` (schema ${schema})`}`;
  return { ok: true, value: { url: url.toString(), ...(schema === undefined ? {} : { schema }), shown } };
}
