import type { EntityKind, EntityOf, Stored } from "@remit/core";
import type { Connection } from "../DialectInfo";

/** The columns of `records` that make a Stored value. */
export interface StoredRow {
  readonly kind: string;
  readonly id: string;
  readonly revision: number;
  readonly body: string;
  readonly created_at: string;
  readonly updated_at: string;
  readonly updated_by: string;
}

/** The columns to select for `toStored`. */
export const STORED_COLUMNS = ["kind", "id", "revision", "body", "created_at", "updated_at", "updated_by"] as const;

/**
 * A stored row as the port's Stored value. The body was validated and written as
 * JSON by this library, so it is parsed, not validated again.
 */
export function toStored<K extends EntityKind>(kind: K, row: StoredRow): Stored<K> {
  return {
    kind,
    record: JSON.parse(row.body) as EntityOf<K>,
    // PostgreSQL returns integers as numbers, but bigint aggregates as strings: keep it a number.
    revision: Number(row.revision),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** The stored row of one record, if any. */
export async function selectStoredRow(
  connection: Connection,
  kind: EntityKind,
  id: string,
): Promise<StoredRow | undefined> {
  return connection
    .selectFrom("records")
    .select(STORED_COLUMNS)
    .where("kind", "=", kind)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** The revision of a removed record (0 when it was never removed), so a re-creation continues the count. */
export async function removedRevision(connection: Connection, kind: EntityKind, id: string): Promise<number> {
  const row = await connection
    .selectFrom("removed_records")
    .select("revision")
    .where("kind", "=", kind)
    .where("id", "=", id)
    .executeTakeFirst();
  return row === undefined ? 0 : Number(row.revision);
}
