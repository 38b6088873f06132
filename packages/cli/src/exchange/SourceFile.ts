import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import type { EntityKind, FileFormat, ImportEntry } from "@remit/core";
import { detectFormat, kindOfFile, kindOfFileName, readEntries } from "@remit/core";
import { ioFailure, usageError, type CliFailure } from "../failure/CliFailure";
import { cliMessage } from "../messages/CliMessage";

/** A file to import or validate: its format and, for bare records, the kind they are. */
export interface SourceFile {
  /** The path as given, used in every problem (`activities.jsonl:12: …`). */
  readonly path: string;
  readonly format: FileFormat;
  /** The kind of bare records and CSV rows; envelopes in JSON say their own. */
  readonly kind?: EntityKind;
  /** Bytes, for the progress bar. */
  readonly size: number;
}

/** Bytes read so far across the files of one run, for the progress bar. */
export interface ByteCounter {
  bytes: number;
}

const HEAD_BYTES = 64 * 1024;

async function head(path: string): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Opens a file to read records from: its format from its first bytes and name (core's
 * `detectFormat`), and the kind of its records from `--entity`, else its name or its content
 * (core's `kindOfFile`). A CSV file whose kind cannot be told is a usage error asking for --entity.
 */
export async function openSourceFile(path: string, entity: EntityKind | undefined): Promise<SourceFile | CliFailure> {
  let size: number;
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return ioFailure("read", path, { code: "EISDIR" });
    size = info.size;
    bytes = await head(path);
  } catch (error) {
    return ioFailure("read", path, error);
  }
  const format = detectFormat(path, bytes);
  // A workbook's sheets say their own kinds (`kindOfFile` says none): only --entity overrides them.
  const kind = entity ?? (await kindOfFile(path, format, bytes));
  if (kind === undefined && format === "csv") {
    return usageError(cliMessage("failure.unknownLayout", { file: path }));
  }
  return { path, format, size, ...(kind === undefined ? {} : { kind }) };
}

async function* counted(path: string, counter: ByteCounter): AsyncGenerator<Uint8Array> {
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer;
    counter.bytes += bytes.length;
    yield bytes;
  }
}

/**
 * The records of a file as import entries, streamed, each with its file and line; reading
 * problems (bad JSON, a broken CSV row) are entries too, so every one is reported. Text
 * formats are read by core's `readEntries`, whose entries are handed on as they are (a store
 * reads a JSON Lines file on a worker thread when it is given the reader's own entries); XLSX
 * by `@remit/export/xlsx`, loaded only when a workbook is read.
 */
export function sourceEntries(source: SourceFile, counter: ByteCounter): AsyncIterable<ImportEntry> {
  if (source.format === "xlsx") return workbookEntries(source, counter);
  const options = { file: source.path, ...(source.kind === undefined ? {} : { kind: source.kind }) };
  return readEntries(source.format, counted(source.path, counter), options);
}

async function* workbookEntries(source: SourceFile, counter: ByteCounter): AsyncGenerator<ImportEntry> {
  const { readWorkbook } = await import("@remit/export/xlsx");
  const fileKind = kindOfFileName(source.path);
  yield* readWorkbook(source.path, {
    ...(source.kind === undefined ? {} : { entity: source.kind }),
    ...(fileKind === undefined ? {} : { fileKind }),
  });
  counter.bytes += source.size;
}
