/**
 * What the streamed writers read and write. Input is any iterable, synchronous (an array of
 * records already in memory) or asynchronous (a store cursor, a file being parsed); output is
 * an async iterable of text or byte chunks that a caller pipes to a file, a response body or
 * a test, so that no writer ever holds more than one record and one output chunk.
 */

/** Records to export: an array, a generator, or an async iterable such as a store cursor. */
export type Source<T> = Iterable<T> | AsyncIterable<T>;

/** The text of an export, in chunks (UTF-8 when encoded with {@link utf8Chunks}). */
export type TextChunks = AsyncIterable<string>;

/** The bytes of an export, in chunks. */
export type ByteChunks = AsyncIterable<Uint8Array>;

/**
 * The size in UTF-16 code units above which {@link batchText} hands a chunk on. Large enough
 * that a file or socket sees few writes, small enough to stay far below any memory concern.
 */
export const CHUNK_SIZE = 64 * 1024;

/** Iterates a {@link Source} the same way whether it is synchronous or not. */
export async function* recordsOf<T>(source: Source<T>): AsyncGenerator<T> {
  if (Symbol.asyncIterator in source) {
    for await (const record of source) yield record;
  } else {
    for (const record of source) yield record;
  }
}

/**
 * Joins many small pieces of text (one row, one element) into chunks of about `size` code
 * units: each chunk is handed on as soon as it is full, so memory stays at one chunk.
 * @example for await (const chunk of batchText(rows)) file.write(chunk);
 */
export async function* batchText(pieces: AsyncIterable<string> | Iterable<string>, size: number = CHUNK_SIZE): AsyncGenerator<string> {
  let pending: string[] = [];
  let length = 0;
  for await (const piece of pieces) {
    pending.push(piece);
    length += piece.length;
    if (length >= size) {
      yield pending.join("");
      pending = [];
      length = 0;
    }
  }
  if (length > 0) yield pending.join("");
}

/**
 * Encodes text chunks as UTF-8 bytes. A lone surrogate, which UTF-8 cannot hold, becomes
 * U+FFFD, as `TextEncoder` does everywhere.
 * @example await pipeline(Readable.from(utf8Chunks(exportCsv("activity", activities))), createWriteStream("a.csv"));
 */
export async function* utf8Chunks(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  for await (const chunk of chunks) {
    if (chunk.length > 0) yield encoder.encode(chunk);
  }
}

/**
 * Collects an export into one string (tests and small exports; large ones should be piped).
 * @example const csv = await collectText(exportCsv("mandate", dataset.mandates));
 */
export async function collectText(chunks: AsyncIterable<string> | Iterable<string>): Promise<string> {
  const pieces: string[] = [];
  for await (const chunk of chunks) pieces.push(chunk);
  return pieces.join("");
}
