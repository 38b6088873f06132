import { sql, type ColumnDefinitionBuilder, type Kysely, type RawBuilder } from "kysely";
import type { RemitDatabase } from "./schema/RemitDatabase";

/** A Kysely bound to one connection (inside a transaction or a connection lease). */
export type Connection = Kysely<RemitDatabase>;

/**
 * What the shared SQL code needs to know about the database it runs on. The SQLite and
 * PostgreSQL stores each pass one; everything else is the same Kysely code path.
 */
export interface DialectInfo {
  /** Which database this is, for messages. */
  readonly name: "sqlite" | "postgres";
  /**
   * Starts a transaction that will write. SQLite needs `BEGIN IMMEDIATE`, so that a writer
   * takes the write lock before it reads (otherwise a second connection's commit between
   * the read and the write fails the transaction with SQLITE_BUSY_SNAPSHOT), and waits for
   * a lock held elsewhere without blocking the event loop.
   */
  readonly beginWrite: (connection: Connection) => Promise<void>;
  /**
   * The column type of the audit trail's sequence: SQLite's `integer primary key` is the
   * rowid and counts up by itself; PostgreSQL needs `bigserial`.
   */
  readonly serialType: "integer" | "bigserial";
  /**
   * Appended to the index tables' CREATE TABLE: SQLite's `WITHOUT ROWID` keeps one B-tree
   * per table instead of a rowid table plus its primary-key index.
   */
  readonly clusteredTableSuffix?: RawBuilder<unknown>;
  /**
   * A column modifier giving ids byte order, so that `ORDER BY id` and `id > cursor` agree
   * with JavaScript's string order whatever the database's default collation.
   */
  readonly idColumn: (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
  /**
   * The schema holding the tables, when not the connection's default: raw SQL names its
   * tables through `tableIn`, since Kysely's `withSchema` does not reach into raw SQL.
   */
  readonly schema?: string;
  /** The most bound parameters one statement may carry. */
  readonly maxParameters: number;
  /**
   * Whether the connection runs `COPY table (columns) FROM STDIN` given the rows, in
   * PostgreSQL's text format, as the statement's one parameter (the PostgreSQL store's pool
   * does). An import then writes its rows so: the server parses no SQL per row and binds no
   * parameters, which costs several times less than multi-row INSERTs.
   */
  readonly copyFromStdin?: boolean;
  /** Takes an exclusive lock for running migrations, first thing in the migration transaction. */
  readonly lockForMigration: (connection: Connection) => Promise<void>;
  /** Settings for a long bulk import (e.g. a smaller cache), restored by the returned function. */
  readonly tuneForBulkImport?: (connection: Connection) => Promise<() => Promise<void>>;
  /**
   * Settles the tables after a bulk import has committed, outside any transaction: on
   * PostgreSQL a VACUUM marks the new pages all-visible, without which every index range a
   * query reads goes to the table's heap page by page (a filtered page took seconds).
   */
  readonly settleAfterBulkImport?: (connection: Connection) => Promise<void>;
  /** Refreshes the planner's statistics after a large write. */
  readonly analyze: (connection: Connection) => Promise<void>;
  /** Whether `error` says the database is locked by another writer. */
  readonly isBusy: (error: unknown) => boolean;
}

/** A table of `dialect`'s schema, for raw SQL (`sql\`select … from ${tableIn(dialect, "facet")}\``). */
export function tableIn(dialect: DialectInfo, table: string): RawBuilder<unknown> {
  return sql.table(dialect.schema === undefined ? table : `${dialect.schema}.${table}`);
}
