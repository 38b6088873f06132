import { concatBytes } from "./ByteChunks";

/** The bytes of one CSV row, as cut from the file, with the line it starts on. */
export interface CsvRecordBytes {
  /** The row without its line break. */
  readonly bytes: Uint8Array;
  /** The 1-based line the row starts on (a quoted field may span several lines). */
  readonly line: number;
  /** Whether the row contains a double quote, so its fields need the full parser. */
  readonly quoted: boolean;
}

const [QUOTE, COMMA, NEWLINE, CARRIAGE_RETURN] = [0x22, 0x2c, 0x0a, 0x0d];
/** `indexOf` found no line break up to the chunk's end. */
const NONE = -1;
/** No search for a line break has been made in this chunk yet. */
const NOT_SEARCHED = -2;

/** Where the splitter is inside the current field (RFC 4180). */
const At = {
  FieldStart: 0,
  Unquoted: 1,
  Quoted: 2,
  /** Just after a quote inside a quoted field: an escaped quote ("") or the field's end. */
  QuoteInQuoted: 3,
} as const;
type At = (typeof At)[keyof typeof At];

/**
 * Cuts CSV bytes into rows, at the byte level: a line break ends a row unless it is inside
 * a quoted field. A chunk boundary may fall anywhere. Only the unfinished row is kept
 * between chunks, so memory is bounded by the longest row.
 */
export class CsvRecordSplitter {
  #at: At = At.FieldStart;
  #pending: Uint8Array[] = [];
  #line = 1;
  #rowLine = 1;
  #quoted = false;

  /** The rows ended by this chunk. */
  push(chunk: Uint8Array): CsvRecordBytes[] {
    const rows: CsvRecordBytes[] = [];
    let start = 0;
    // The first line break at or after the reading position, found once and kept while the
    // position moves towards it: searching afresh for each quote made a field of escaped
    // quotes quadratic (160,000 "" took 12 s), since every search ran to the chunk's end.
    let newline = NOT_SEARCHED;
    for (let index = 0; index < chunk.length; index += 1) {
      const byte = chunk[index];
      if (this.#at === At.Quoted) {
        // Inside quotes only a quote matters (and line breaks, for the line count).
        const quote = chunk.indexOf(QUOTE, index);
        const end = quote === -1 ? chunk.length : quote;
        if (newline !== NONE && newline < index) newline = chunk.indexOf(NEWLINE, index);
        while (newline !== NONE && newline < end) {
          this.#line += 1;
          newline = chunk.indexOf(NEWLINE, newline + 1);
        }
        if (quote === -1) break;
        index = quote;
        this.#at = At.QuoteInQuoted;
        continue;
      }
      if (byte === NEWLINE) {
        this.#line += 1;
        this.#pending.push(chunk.subarray(start, index));
        const row = this.#take();
        if (row !== undefined) rows.push(row);
        start = index + 1;
      } else if (byte === QUOTE) {
        this.#quoted = true;
        // A quote opens a quoted field at its start, or is an escaped quote after a closing one.
        this.#at = this.#at === At.FieldStart || this.#at === At.QuoteInQuoted ? At.Quoted : At.Unquoted;
      } else if (byte === COMMA) {
        this.#at = At.FieldStart;
      } else {
        this.#at = At.Unquoted;
      }
    }
    // A copy, so that the caller's chunk buffer is not held.
    if (start < chunk.length) this.#pending.push(chunk.slice(start));
    return rows;
  }

  /**
   * The last row, when the input does not end with a line break. (A row that ends inside
   * a quoted field is returned as it is; the field parser reports the missing quote.)
   */
  end(): CsvRecordBytes | undefined {
    return this.#take();
  }

  /** The row gathered so far (undefined when blank); the next row starts on the current line. */
  #take(): CsvRecordBytes | undefined {
    let bytes = concatBytes(this.#pending);
    if (bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN) bytes = bytes.subarray(0, bytes.length - 1);
    const row = bytes.length === 0 ? undefined : { bytes, line: this.#rowLine, quoted: this.#quoted };
    this.#pending = [];
    this.#rowLine = this.#line;
    this.#quoted = false;
    this.#at = At.FieldStart;
    return row;
  }
}
