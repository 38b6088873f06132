import type { ImportEntry } from "../store/ImportEntry";
import { NOT_UTF8, Utf8LineDecoder, withoutBom, type ByteChunks } from "./ByteChunks";
import { invalidJsonWording } from "./JsonSyntaxError";
import { isBlank, LineSplitter } from "./LineSplitter";
import { entryOf, problemEntry, type ReadOptions } from "./RecordEnvelope";

/**
 * Reads a JSON Lines file (one JSON value per line) as import entries, streamed: each line
 * is cut from the bytes, decoded and parsed on its own, and nothing but the unfinished last
 * line is kept between chunks, so memory does not grow with the file.
 *
 * - A line is a bare record of `options.kind`, or an envelope `{"kind": "mandate", "record": {…}}`
 *   that names its own kind (one file may mix kinds).
 * - Lines are numbered from 1; blank lines are skipped (and still counted). A UTF-8 BOM and
 *   "\r\n" line breaks are accepted.
 * - A line that is not JSON (or not UTF-8) becomes an entry with a `readProblem` giving the
 *   file, the line and the column where the JSON breaks; reading goes on with the next line.
 *
 * @example
 * // Node
 * const entries = readJsonLines(fs.createReadStream("activities.jsonl"), { kind: "activity", file: "activities.jsonl" });
 * // Browser
 * const entries = readJsonLines(readableChunks(file.stream()), { file: file.name });
 * const report = yield* (yield* Store).importRecords(entries, { actor: "me" }); // inside Effect.gen
 */
export function readJsonLines(chunks: ByteChunks, options: ReadOptions = {}): AsyncGenerator<ImportEntry> {
  const entries = jsonLinesEntries(chunks, options, () => unstarted.delete(entries));
  unstarted.set(entries, { chunks, options });
  return entries;
}

/** What a JSON Lines source reads, given to the stores, which may read it apart (a worker thread). */
export interface JsonLinesSource {
  readonly chunks: ByteChunks;
  readonly options: ReadOptions;
}

/** The sources made by `readJsonLines` that nobody has begun reading yet. */
const unstarted = new WeakMap<AsyncIterable<ImportEntry>, JsonLinesSource>();

/**
 * The bytes and options behind import entries made by `readJsonLines`, as long as none has
 * been read: a store may then split and parse the lines elsewhere (a worker thread) instead of
 * reading `entries`, which it must then leave unread. Undefined for any other source.
 */
export function jsonLinesSource(entries: AsyncIterable<ImportEntry>): JsonLinesSource | undefined {
  return unstarted.get(entries);
}

async function* jsonLinesEntries(
  chunks: ByteChunks,
  options: ReadOptions,
  started: () => void,
): AsyncGenerator<ImportEntry> {
  started();
  const splitter = new LineSplitter();
  const decoder = new Utf8LineDecoder();
  let line = 0;
  for await (const chunk of withoutBom(chunks)) {
    for (const bytes of splitter.push(chunk)) {
      line += 1;
      if (!isBlank(bytes)) yield entryOfLine(bytes, line, decoder, options);
    }
  }
  const last = splitter.end();
  if (last !== undefined) {
    line += 1;
    if (!isBlank(last)) yield entryOfLine(last, line, decoder, options);
  }
}

function entryOfLine(bytes: Uint8Array, line: number, decoder: Utf8LineDecoder, options: ReadOptions): ImportEntry {
  const text = decoder.decode(bytes);
  if (text === undefined) return problemEntry(options, line, { reason: `the line ${NOT_UTF8}` });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return problemEntry(options, line, invalidJsonWording(text, error));
  }
  return entryOf(value, line, options);
}
