import { ChangeHub, storeChanged, type ChangeSource, type StoreChange } from "@remit/core";
import type { ChangeWatch, RemitDatabase } from "@remit/store-sql";
import { sql, type Kysely } from "kysely";

/** How often the store looks whether another connection committed (default of `changePollMilliseconds`). */
const DEFAULT_CHANGE_POLL_MILLISECONDS = 100;

/** SQLite's count of commits by other connections to the file (it ignores this connection's own). */
async function dataVersion(db: Kysely<RemitDatabase>): Promise<number> {
  const { rows } = await sql<{ data_version: number }>`pragma data_version`.execute(db);
  return Number(rows[0]?.data_version ?? 0);
}

/**
 * SQLite has no notifications between processes, so the store polls `PRAGMA data_version`: it
 * reads a counter in the shared memory of the WAL, touching no table, so a poll costs next to
 * nothing. One poll per store, however many subscribe; the timer does not keep a process alive.
 */
class DataVersionPoll implements ChangeSource {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(
    private readonly db: Kysely<RemitDatabase>,
    private readonly everyMs: number,
  ) {}

  async start(heard: (change: StoreChange) => void): Promise<void> {
    let seen = await dataVersion(this.db);
    const look = async () => {
      try {
        const now = await dataVersion(this.db);
        if (now !== seen) {
          seen = now;
          heard(storeChanged("unnamed"));
        }
      } catch {
        // The database was closed under the poll (the store is closing): nothing more to hear.
        return;
      }
      if (!this.stopped) this.timer = setTimeout(() => void look(), this.everyMs).unref();
    };
    if (!this.stopped) this.timer = setTimeout(() => void look(), this.everyMs).unref();
  }

  stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    return Promise.resolve();
  }
}

/**
 * The SQLite store's changes: its own are told to its subscribers after each commit; those of
 * other connections (other processes on the file) are found by the poll and told as unnamed.
 */
export function sqliteChangeWatch(db: Kysely<RemitDatabase>, pollMs = DEFAULT_CHANGE_POLL_MILLISECONDS): ChangeWatch {
  return { hub: new ChangeHub(new DataVersionPoll(db, pollMs)), hearsOwnChanges: false };
}
