/**
 * Bytes as readers receive them: chunks of a file in any sizes, from Node's
 * `fs.createReadStream`, a browser `ReadableStream` or a test. Nothing here touches the
 * file system, so core stays usable in a browser.
 */

/** The bytes of a file, in chunks of any size (a chunk boundary may fall inside a character). */
export type ByteChunks = AsyncIterable<Uint8Array>;

const BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * The chunks of a file without its UTF-8 byte order mark, if it starts with one. Spreadsheet
 * programs write a BOM before CSV; it is never part of the first value. The mark is
 * recognised even when it is split across chunks.
 * @example for await (const chunk of withoutBom(fs.createReadStream("activities.csv"))) …
 */
export async function* withoutBom(chunks: ByteChunks): AsyncGenerator<Uint8Array> {
  // The first bytes are held back only until it is clear whether they are a BOM.
  let held: Uint8Array = new Uint8Array(0);
  let decided = false;
  for await (const chunk of chunks) {
    if (decided) {
      if (chunk.length > 0) yield chunk;
      continue;
    }
    held = concatBytes([held, chunk]);
    const prefix = Math.min(held.length, BOM.length);
    const matches = BOM.slice(0, prefix).every((byte, index) => held[index] === byte);
    if (matches && held.length < BOM.length) continue;
    decided = true;
    const rest = matches ? held.subarray(BOM.length) : held;
    if (rest.length > 0) yield rest;
  }
  if (!decided && held.length > 0 && held.length < BOM.length) yield held;
}

/** The pieces joined into one array (the piece itself when there is only one). */
export function concatBytes(pieces: readonly Uint8Array[]): Uint8Array {
  if (pieces.length === 1 && pieces[0] !== undefined) return pieces[0];
  let length = 0;
  for (const piece of pieces) length += piece.length;
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const piece of pieces) {
    joined.set(piece, offset);
    offset += piece.length;
  }
  return joined;
}

/**
 * The chunks of a browser or Node `ReadableStream`, for runtimes whose streams are not yet
 * async iterable (Safari): `readJsonLines(readableChunks(file.stream()), …)`.
 */
export async function* readableChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** The chunks of a text, encoded as UTF-8, cut at the given byte offsets (tests and small inputs). */
export async function* textChunks(text: string, cuts: readonly number[] = []): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const end = Math.max(start, Math.min(cut, bytes.length));
    yield bytes.subarray(start, end);
    start = end;
  }
  yield bytes.subarray(start);
}

/**
 * Decodes one line or record of UTF-8. Reused for every line of a file. Each line is decoded
 * on its own from the buffer, so a Latin-only line stays a compact one-byte string even when
 * its neighbours are Chinese (measured: per-line decoding + JSON.parse ≈ 210k records/s,
 * whole-chunk decoding ≈ 200k/s, 800-byte records, one in ten with Chinese text).
 */
export class Utf8LineDecoder {
  // ignoreBOM: a BOM is only meaningful at the start of the file, and withoutBom removes it.
  readonly #decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

  /** The text of the bytes, or undefined when they are not valid UTF-8. */
  decode(bytes: Uint8Array): string | undefined {
    try {
      return this.#decoder.decode(bytes);
    } catch {
      return undefined;
    }
  }
}

/** The reason given for bytes that are not UTF-8, with what the user can do about it. */
export const NOT_UTF8 = "is not valid UTF-8 text; save the file with the UTF-8 encoding";
