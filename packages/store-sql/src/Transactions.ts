import { sql, type Kysely } from "kysely";
import type { Connection, DialectInfo } from "./DialectInfo";
import type { RemitDatabase } from "./schema/RemitDatabase";

/**
 * Runs `work` in a write transaction on a connection already held: committed when `work`
 * resolves, rolled back when it throws (the error is rethrown).
 */
export async function inTransactionOn<A>(
  connection: Connection,
  dialect: DialectInfo,
  work: (connection: Connection) => Promise<A>,
): Promise<A> {
  await dialect.beginWrite(connection);
  let result: A;
  try {
    result = await work(connection);
  } catch (error) {
    await sql`rollback`.execute(connection).catch(() => undefined);
    throw error;
  }
  await sql`commit`.execute(connection);
  return result;
}

/**
 * Runs `work` in a write transaction on one connection of `db`. Everything inside must use
 * the connection it is given, never `db`: SQLite has a single connection, so a query on
 * `db` would wait for this transaction forever.
 */
export async function inWriteTransaction<A>(
  db: Kysely<RemitDatabase>,
  dialect: DialectInfo,
  work: (connection: Connection) => Promise<A>,
): Promise<A> {
  return db.connection().execute((connection) => inTransactionOn(connection, dialect, work));
}
