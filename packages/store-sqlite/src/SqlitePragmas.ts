import { sql, type RawBuilder } from "kysely";

/**
 * The settings of every connection the store opens:
 * - 8 KiB pages for a file this connection creates (a store made before keeps its own; SQLite
 *   fixes the size once the file has tables): a bulk import writes and sorts the same rows in
 *   half as many pages. 200,000 activities, back to back at load 1.4-2: 21.8-23.6 s and
 *   28.9-32.1 CPU s against 24.1-28.9 s and 32.2-39.5 with 4 KiB, 4 MB less peak RSS, the
 *   facet indexes' rebuild 8.0-9.4 CPU s against 9.9-10.2, pages of 50 unchanged (0.5-1.2 ms);
 *   16 KiB gained nothing more;
 * - WAL: readers never block the writer and a killed writer leaves the file consistent;
 * - synchronous NORMAL: safe with WAL (a crash loses no committed transaction to corruption);
 * - foreign keys enforced; no busy timeout, which would block the event loop: writers wait
 *   for another connection's lock asynchronously (see `beginWrite`);
 * - a 32 MB page cache, no memory-mapped reads and in-memory temporary tables: the process
 *   stays under 256 MB however large the store (pages touched through a memory map count as
 *   the process's own, so a 2 GB map grew it with every query), while the operating system's
 *   file cache still keeps the database's hot pages. At 1,000,000 activities a 64 MB cache
 *   held the query phase's peak at 254–261 MB, over the 256 MB target; 32 MB holds it at
 *   224–231 MB, and a page of 50 reads a few dozen pages either way.
 */
export const CONNECTION_PRAGMAS: readonly RawBuilder<unknown>[] = [
  // Before WAL: the journal mode is written into the new file's header, which fixes its page size.
  sql`pragma page_size = 8192`,
  sql`pragma journal_mode = wal`,
  sql`pragma synchronous = normal`,
  sql`pragma foreign_keys = on`,
  sql`pragma busy_timeout = 0`,
  ...readPragmas(),
];

/**
 * The settings of a read-only connection: those of `CONNECTION_PRAGMAS` that write nothing to
 * the file (the journal mode is the file's own, set by the writers that made it).
 */
export const READ_ONLY_CONNECTION_PRAGMAS: readonly RawBuilder<unknown>[] = [
  sql`pragma foreign_keys = on`,
  sql`pragma busy_timeout = 0`,
  ...readPragmas(),
];

/** The read-speed settings, applied on open and again after a bulk import. */
function readPragmas(): RawBuilder<unknown>[] {
  return [sql`pragma cache_size = -32768`, sql`pragma mmap_size = 0`, sql`pragma temp_store = memory`];
}

/** The read-speed settings of `CONNECTION_PRAGMAS`, restored after a bulk import. */
export const READ_PRAGMAS: readonly RawBuilder<unknown>[] = readPragmas();

/**
 * The settings of a bulk import, whose memory must not grow with its size: no memory-mapped
 * reads (touched pages count as resident), a 32 MB page cache (dirty pages spill to the WAL),
 * and temporary files on disk, where the final index builds sort.
 */
export const BULK_IMPORT_PRAGMAS: readonly RawBuilder<unknown>[] = [
  sql`pragma mmap_size = 0`,
  sql`pragma cache_size = -32768`,
  sql`pragma temp_store = file`,
];
