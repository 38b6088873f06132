import { ChangeHub, type StoreChange } from "@remit/core";
import type { Connection } from "../DialectInfo";

/**
 * How a SQL store tells and hears of changes (its `changes`): the SQLite and PostgreSQL stores
 * each build one, and close its hub when the store closes.
 */
export interface ChangeWatch {
  /** The store's subscribers, with the source that hears the changes of other handles. */
  readonly hub: ChangeHub;
  /**
   * Tells the other handles of a change, inside the change's write transaction, so that it is
   * told exactly when it commits (PostgreSQL: `pg_notify`). For an import it runs after the
   * import committed. Without it nobody is told: the others find out by themselves (SQLite polls).
   */
  readonly announce?: (connection: Connection, change: StoreChange) => Promise<void>;
  /**
   * Whether the hub's source hears this handle's own announcements (PostgreSQL's LISTEN hears
   * the NOTIFY of its own process). When false, the store publishes its own changes to its
   * subscribers after each commit.
   */
  readonly hearsOwnChanges: boolean;
}

/** A store told of nothing but its own changes: for one handle alone on its database. */
export function ownChangesOnly(): ChangeWatch {
  return { hub: new ChangeHub(), hearsOwnChanges: false };
}
