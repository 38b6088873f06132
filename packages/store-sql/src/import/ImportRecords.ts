import { ImportRun, jsonLinesSource, type ImportEntry, type ImportOptions, type ImportReport } from "@remit/core";
import type { Kysely } from "kysely";
import type { DialectInfo } from "../DialectInfo";
import { IMPORT_BATCH_SIZE, ImportWriter } from "./ImportWriter";
import type { PreparedRecord } from "./PreparedRecord";
import { checkEntry, isRejected, type CheckedEntry } from "./CheckedEntry";
import { importSourceFailure } from "./ImportSourceFailure";
import type { RemitDatabase } from "../schema/RemitDatabase";
import { inTransactionOn } from "../Transactions";

/** Entries validated between two turns of the event loop while a batch is being written (see `importRecords`). */
const ENTRIES_PER_TURN = 16;

/** Lets the event loop handle what has arrived (a statement's answer) before going on. */
function turnOfEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Reads the next entry of an import source; a source that fails becomes a StoreFailure. */
async function nextEntry(source: AsyncIterator<ImportEntry>): Promise<IteratorResult<ImportEntry>> {
  try {
    return await source.next();
  } catch (cause) {
    throw importSourceFailure(cause);
  }
}

/** Validates and prepares the entries in this thread, one at a time. */
async function* checkedHere(
  entries: AsyncIterable<ImportEntry>,
  preparing: () => boolean,
): AsyncGenerator<CheckedEntry> {
  const source = entries[Symbol.asyncIterator]();
  for (let next = await nextEntry(source); next.done !== true; next = await nextEntry(source)) {
    yield checkEntry(next.value, preparing());
  }
}

/**
 * The checked entries of an import: from a worker thread when they are a JSON Lines source's
 * and a built worker is at hand (`importWorker`, else the one beside this module), else
 * checked here. The worker's modules, and the Node built-ins they use, load only then.
 */
async function checkedEntriesOf(
  entries: AsyncIterable<ImportEntry>,
  importWorker: URL | false | undefined,
  preparing: () => boolean,
): Promise<AsyncIterable<CheckedEntry>> {
  const raw = jsonLinesSource(entries);
  if (raw !== undefined && importWorker !== false) {
    const file = importWorker ?? (await import("./ImportWorkerFile")).builtImportWorker();
    if (file !== undefined) return (await import("./WorkerEntries")).checkedInWorker(raw, file, preparing);
  }
  return checkedHere(entries, preparing);
}

/**
 * Imports records in ONE transaction: every entry is validated (core's `ImportRun` keeps the
 * counts and every problem with its file, line and field path), valid records are written in
 * batches as they stream in, and the transaction commits only at the end. With a bad record
 * and no `skipInvalid`, writing stops, the rest is still read so that every problem is
 * listed, and the transaction is rolled back: the store is exactly as before. A killed
 * process leaves no trace either, since the transaction never committed.
 */
export async function importRecords(
  db: Kysely<RemitDatabase>,
  dialect: DialectInfo,
  entries: AsyncIterable<ImportEntry>,
  options: ImportOptions,
  now: () => string,
  bulkThreshold: number,
  importWorker?: URL | false,
): Promise<ImportReport> {
  const run = new ImportRun(options);
  const skipInvalid = options.skipInvalid === true;
  return db.connection().execute(async (connection) => {
    const restore = await dialect.tuneForBulkImport?.(connection);
    try {
      const { report, bulk } = await inTransactionOn(connection, dialect, async (transaction) => {
        const writer = await ImportWriter.open(transaction, dialect, options.actor, now, bulkThreshold);
        let batch: PreparedRecord[] = [];
        let keys = new Set<string>();
        let writing = true;
        // One batch is written while the next is read and validated: on PostgreSQL the server
        // works on the rows while this process validates more. A batch starts only after the
        // one before it is written, so a record met twice still sees its first version.
        let inFlight: Promise<void> | undefined;
        /** Whether the write in flight has ended: until then, the reader turns the event loop now and then. */
        let answered = true;
        const written = async () => {
          const writes = inFlight;
          inFlight = undefined;
          await writes;
        };
        const startWrite = async (rows: readonly PreparedRecord[]) => {
          await written();
          answered = false;
          inFlight = writer.write(rows, run);
          // Awaited by `written`; until then, a failure must not count as unhandled.
          const ended = () => {
            answered = true;
          };
          inFlight.then(ended, ended);
        };
        try {
          let sinceTurn = 0;
          const checkedEntries = await checkedEntriesOf(entries, importWorker, () => writing);
          for await (const checked of checkedEntries) {
            // A batch's statements go one after another, each sent when the one before it is
            // answered, and an answer is read only when the event loop turns: a source whose
            // entries come from memory (a file's read-ahead) lets it turn once per chunk, so each
            // statement waited for a chunk's validation and the write fell behind the reading (on
            // PostgreSQL, 5–6.6 s of 60,000 records' import waiting for the batch before, 2.1–2.3 s
            // turning every 16 entries). Turning while a write waits keeps the server busy.
            if (!answered && ++sinceTurn >= ENTRIES_PER_TURN) {
              sinceTurn = 0;
              await turnOfEventLoop();
            }
            if (isRejected(checked)) {
              run.acceptChecked(checked.problems);
              writing &&= skipInvalid;
              continue;
            }
            run.acceptChecked(undefined);
            if (!writing || checked === null) continue;
            const key = `${checked.kind}\u0000${checked.id}`;
            // A record met twice is written in two batches, so the second sees the first.
            if (keys.has(key) || batch.length >= IMPORT_BATCH_SIZE) {
              await startWrite(batch);
              batch = [];
              keys = new Set();
            }
            batch.push(checked);
            keys.add(key);
          }
          await written();
        } finally {
          // Nothing may run on the connection after this returns, not even the end of a write
          // whose outcome no longer matters: it would run outside the rolled-back transaction.
          await inFlight?.catch(() => undefined);
        }
        const refusal = run.refusal();
        if (refusal !== undefined) throw refusal;
        await writer.write(batch, run);
        const { bulk } = await writer.finish();
        return { report: run.finish(), bulk };
      });
      // The import has committed: settling is for the queries' sake, and a failure of it
      // (a lock, a closed server) leaves the store correct, so it must not fail the import.
      if (bulk) await dialect.settleAfterBulkImport?.(connection).catch(() => undefined);
      return report;
    } finally {
      await restore?.();
    }
  });
}
