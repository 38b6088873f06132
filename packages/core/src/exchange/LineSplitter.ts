import { concatBytes } from "./ByteChunks";

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Cuts a stream of bytes into lines at "\n" (a "\r" before it is dropped), at the byte
 * level, so a chunk boundary may fall anywhere, even inside a multi-byte character. Only
 * the unfinished last line is kept between chunks: memory is bounded by the chunk size and
 * the longest line, never by the file.
 * @example
 * const lines = new LineSplitter();
 * for await (const chunk of chunks) for (const line of lines.push(chunk)) handle(line);
 * const last = lines.end();
 */
export class LineSplitter {
  /** Pieces of the line begun in earlier chunks and not yet ended. */
  #pending: Uint8Array[] = [];

  /** The lines ended by this chunk, without their line breaks. */
  push(chunk: Uint8Array): Uint8Array[] {
    const lines: Uint8Array[] = [];
    let start = 0;
    for (let newline = chunk.indexOf(NEWLINE); newline !== -1; newline = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, newline);
      if (this.#pending.length > 0) {
        this.#pending.push(piece);
        lines.push(withoutCarriageReturn(concatBytes(this.#pending)));
        this.#pending = [];
      } else {
        lines.push(withoutCarriageReturn(piece));
      }
      start = newline + 1;
    }
    // A chunk is not kept whole: copying the rest lets the caller's buffer be reused or freed.
    if (start < chunk.length) this.#pending.push(chunk.slice(start));
    return lines;
  }

  /** The last line, when the input does not end with a line break. */
  end(): Uint8Array | undefined {
    if (this.#pending.length === 0) return undefined;
    const last = withoutCarriageReturn(concatBytes(this.#pending));
    this.#pending = [];
    return last;
  }
}

function withoutCarriageReturn(line: Uint8Array): Uint8Array {
  return line.length > 0 && line[line.length - 1] === CARRIAGE_RETURN ? line.subarray(0, line.length - 1) : line;
}

/** Whether a line holds nothing but spaces, tabs and carriage returns. */
export function isBlank(line: Uint8Array): boolean {
  for (const byte of line) {
    if (byte !== 0x20 && byte !== 0x09 && byte !== CARRIAGE_RETURN) return false;
  }
  return true;
}
