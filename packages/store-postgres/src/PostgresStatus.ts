import { StoreNotFound, readStoreStatus, type StoreStatus } from "@remit/store-sql";
import { connectPostgres, hasStore, openingError, type PostgresConnectionOptions } from "./PostgresConnection";

/**
 * Reads the status of the store in the database (and schema) of `options` without creating
 * or migrating anything, so a store at an older schema is reported as it is. A schema without
 * Remit's tables, or a database the server does not have, is StoreNotFound.
 */
export async function readPostgresStatus(options: PostgresConnectionOptions): Promise<StoreStatus> {
  const { base, db, where } = connectPostgres({ ...options, poolSize: 1 });
  try {
    if (!(await hasStore(base, options.schema))) throw new StoreNotFound({ where });
    return await readStoreStatus(db);
  } catch (error) {
    throw openingError(error, where);
  } finally {
    await base.destroy();
  }
}
