/**
 * What the streamed writers read and write. Input is any iterable, synchronous (an array of
 * records already in memory) or asynchronous (a store cursor, a file being parsed); output is
 * an async iterable of text or byte chunks that a caller pipes to a file, a response body or
 * a test, so that no writer ever holds more than one record and one output chunk.
 */

/** Records to export: an array, a generator, or an async iterable such as a store cursor. */
export type Source<T> = Iterable<T> | AsyncIterable<T>;

/**
 * The size in UTF-16 code units above which {@link renderChunks} hands a chunk on. Large enough
 * that a file or socket sees few writes, small enough to stay far below any memory concern.
 */
const CHUNK_SIZE = 64 * 1024;

/** Iterates a {@link Source} the same way whether it is synchronous or not. */
export async function* recordsOf<T>(source: Source<T>): AsyncGenerator<T> {
  if (Symbol.asyncIterator in source) {
    for await (const record of source) yield record;
  } else {
    for (const record of source) yield record;
  }
}

/**
 * The text of a document made of a head, one rendering per record and a tail, in chunks of
 * about `size` code units. One generator does the whole walk — records of a synchronous
 * source are rendered without awaiting each one — because every async layer per record
 * costs as much as rendering a short record.
 * @example renderChunks(activities, (activity) => `${JSON.stringify(activity)}\n`)
 */
export async function* renderChunks<T>(
  records: Source<T>,
  render: (record: T) => string,
  head = "",
  tail = "",
  size: number = CHUNK_SIZE,
): AsyncGenerator<string> {
  let pending = head;
  if (Symbol.asyncIterator in records) {
    for await (const record of records) {
      pending += render(record);
      if (pending.length >= size) {
        yield pending;
        pending = "";
      }
    }
  } else {
    for (const record of records) {
      pending += render(record);
      if (pending.length >= size) {
        yield pending;
        pending = "";
      }
    }
  }
  pending += tail;
  if (pending.length > 0) yield pending;
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
