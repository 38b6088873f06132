import { once } from "node:events";
import type { Writable } from "node:stream";
import type ExcelJS from "exceljs";

/**
 * The stream exceljs feeds a sheet's XML into on its way to the zip compressor (archiver's
 * input for the sheet's zip entry), read from exceljs's internals (`worksheet.stream.pipes`);
 * `undefined` if a later exceljs lays them out otherwise. exceljs writes into it without
 * waiting, so when compression falls behind, the XML piles up there.
 */
function compressorInput(worksheet: ExcelJS.Worksheet): BufferedStream | undefined {
  const pipes = (worksheet as unknown as { readonly stream?: { readonly pipes?: readonly unknown[] } }).stream?.pipes;
  const first = pipes?.[0];
  // archiver's streams come from the readable-stream package (version 2, without
  // `writableLength`), not node:stream, so the stream is recognised by its shape.
  return isBufferedStream(first) ? first : undefined;
}

/** The part of a (readable-stream or Node) writable stream the writer watches. */
interface BufferedStream {
  readonly writableLength?: number;
  readonly _writableState?: { readonly length?: number };
  once(event: "drain", listener: () => void): unknown;
}

function isBufferedStream(value: unknown): value is BufferedStream {
  return typeof value === "object" && value !== null && typeof (value as { once?: unknown }).once === "function";
}

function buffered(stream: BufferedStream): number {
  return stream.writableLength ?? stream._writableState?.length ?? 0;
}

/**
 * How much sheet XML may wait for compression before the writer pauses: enough that rows
 * and compression (zlib works off the main thread) overlap, little enough to stay flat.
 */
const COMPRESSION_BACKLOG = 4 * 1024 * 1024;

/**
 * Lets the zip side keep up: first a turn of the event loop, without which archiver never
 * starts reading the sheet and zlib's results are never collected (awaiting records alone
 * runs only microtasks), then a pause while the compressor or the output is behind.
 */
export async function keepUp(worksheet: ExcelJS.Worksheet, output: Writable): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  const compressor = compressorInput(worksheet);
  if (compressor !== undefined && buffered(compressor) > COMPRESSION_BACKLOG) {
    await new Promise<void>((resolve) => compressor.once("drain", resolve));
  }
  if (output.writableNeedDrain) await once(output, "drain");
}
