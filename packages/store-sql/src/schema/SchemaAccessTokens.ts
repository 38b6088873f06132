import type { Connection, DialectInfo } from "../DialectInfo";

/**
 * Migration 4: the HTTP API's access tokens, in their own table so that the records' layout
 * can change without touching them. Looked up by the secret's digest on every request.
 */
export async function createAccessTokensTable(connection: Connection, dialect: DialectInfo): Promise<void> {
  await connection.schema
    .createTable("access_tokens")
    .addColumn("id", "text", (column) => dialect.idColumn(column.primaryKey()))
    .addColumn("name", "text", (column) => column.notNull())
    .addColumn("role", "text", (column) => column.notNull())
    .addColumn("secret_hash", "text", (column) => column.notNull().unique())
    .addColumn("created_at", "text", (column) => column.notNull())
    .addColumn("created_by", "text", (column) => column.notNull())
    .addColumn("revoked_at", "text")
    .execute();
}
