import type { ImportEntry } from "../store/ImportEntry";
import type { ByteChunks } from "./ByteChunks";
import { readCsv } from "./CsvReader";
import type { FileFormat } from "./FileFormat";
import { readJsonDocument } from "./JsonDocument";
import { readJsonLines } from "./JsonLines";
import { problemEntry, type ReadOptions } from "./RecordEnvelope";

/** The formats read from a stream of bytes; a workbook is read by `@remit/export/xlsx`. */
export type TextFileFormat = Exclude<FileFormat, "xlsx">;

/**
 * The records of a JSON Lines, JSON or CSV file as import entries, streamed, each with its
 * file and line; reading problems are entries too, so every one is reported. One dispatch for
 * every adapter that reads an upload or a file. A CSV row does not say its kind: without
 * `options.kind` a CSV file is one problem at line 1 and nothing is read.
 * @example
 * const entries = readEntries(detectFormat(name, firstBytes), fs.createReadStream(name), { file: name });
 */
export function readEntries(
  format: TextFileFormat,
  chunks: ByteChunks,
  options: ReadOptions = {},
): AsyncGenerator<ImportEntry> {
  // The reader's own entries, not a generator around them: a store knows a JSON Lines source
  // by its entries (`jsonLinesSource`) and may then read it on a worker thread.
  switch (format) {
    case "jsonl":
      return readJsonLines(chunks, options);
    case "json":
      return readJsonDocument(chunks, options);
    case "csv":
      return options.kind === undefined ? csvWithoutKind(options) : readCsv(chunks, { ...options, kind: options.kind });
  }
}

async function* csvWithoutKind(options: ReadOptions): AsyncGenerator<ImportEntry> {
  yield problemEntry(options, 1, {
    reason: "a CSV row does not say its kind",
    expected: "the kind of the file's records (activity, mandate, session, …)",
  });
}
