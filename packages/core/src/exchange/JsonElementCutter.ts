import { concatBytes } from "./ByteChunks";

const [QUOTE, BACKSLASH, NEWLINE, COMMA] = [0x22, 0x5c, 0x0a, 0x2c];
const [OPEN_ARRAY, CLOSE_ARRAY, OPEN_OBJECT, CLOSE_OBJECT] = [0x5b, 0x5d, 0x7b, 0x7d];

/** Whether a byte is JSON whitespace (space, tab, line feed, carriage return). */
export function isJsonWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === NEWLINE || byte === 0x0d;
}

/**
 * Finds where one JSON value ends in a stream of bytes without parsing it: an object or
 * array ends when its brackets balance (brackets inside strings, and escaped quotes, do not
 * count), a string at its closing quote, a number or literal before the next delimiter. The
 * value's bytes are kept across chunks until it ends. Whether the value is valid JSON is
 * left to JSON.parse.
 */
export class JsonElementCutter {
  #pieces: Uint8Array[] = [];
  #start = 0;
  #shape: "container" | "string" | "scalar" = "container";
  #depth = 0;
  #inString = false;
  #escaped = false;
  #newlines = 0;

  /** Line breaks inside the value so far. */
  get newlines(): number {
    return this.#newlines;
  }

  /** What the value must still be closed with, for an end-of-input problem. */
  get closer(): string | undefined {
    if (this.#shape === "scalar") return undefined;
    return this.#shape === "string" || this.#inString ? "'\"' to close the string" : "its closing '}' or ']'";
  }

  /** Starts a value whose first byte is `chunk[index]`; scanning goes on from `index + 1`. */
  begin(chunk: Uint8Array, index: number): void {
    const byte = chunk[index];
    this.#pieces = [];
    this.#start = index;
    this.#shape = byte === QUOTE ? "string" : byte === OPEN_ARRAY || byte === OPEN_OBJECT ? "container" : "scalar";
    this.#inString = byte === QUOTE;
    this.#depth = this.#shape === "container" ? 1 : 0;
    this.#escaped = false;
    this.#newlines = 0;
  }

  /**
   * Scans `chunk` from `from`. Returns the index just past the value (a number or literal
   * ends before its delimiter, which is not part of it), or -1 when the value goes on into
   * the next chunk; the bytes seen so far are kept.
   */
  scan(chunk: Uint8Array, from: number): number {
    for (let index = from; index < chunk.length; index += 1) {
      const byte = chunk[index] ?? 0;
      if (this.#shape === "scalar") {
        if (isJsonWhitespace(byte) || byte === COMMA || byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) return index;
        continue;
      }
      if (byte === NEWLINE) this.#newlines += 1;
      if (this.#inString) {
        if (this.#escaped) this.#escaped = false;
        else if (byte === BACKSLASH) this.#escaped = true;
        else if (byte === QUOTE) {
          this.#inString = false;
          if (this.#shape === "string") return index + 1;
        }
      } else if (byte === QUOTE) this.#inString = true;
      else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) this.#depth += 1;
      else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
        this.#depth -= 1;
        if (this.#depth === 0) return index + 1;
      }
    }
    // A copy, so that the caller's chunk buffer is not held.
    this.#pieces.push(chunk.slice(this.#start));
    this.#start = 0;
    return -1;
  }

  /** The value's bytes, once `scan` has returned `end` for this chunk. */
  cut(chunk: Uint8Array, end: number): Uint8Array {
    const bytes = concatBytes([...this.#pieces, chunk.subarray(this.#start, end)]);
    this.#pieces = [];
    return bytes;
  }

  /** At the end of the input: a number or literal is complete; anything else is unclosed. */
  endOfInput(): Uint8Array | undefined {
    if (this.#shape !== "scalar") return undefined;
    return this.cut(new Uint8Array(0), 0);
  }
}
