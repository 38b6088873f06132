import { Utf8LineDecoder } from "./ByteChunks";
import { isJsonWhitespace, JsonElementCutter } from "./JsonElementCutter";

/** Where something starts in the file: 1-based line and column (in UTF-16 code units). */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** What the scanner finds in a JSON document, in document order. */
export type DocumentEvent =
  /** A top-level element (of the top array, or of the array under `group`); text is undefined when not UTF-8. */
  | { readonly type: "element"; readonly text: string | undefined; readonly at: TextPosition; readonly group?: string }
  /** The array of records under a key of a top-level object begins. */
  | { readonly type: "group"; readonly key: string; readonly line: number }
  /** A key of a top-level object holds something other than an array; its value is skipped. */
  | { readonly type: "member"; readonly key: string; readonly line: number }
  /** The document breaks its expected layout here. */
  | { readonly type: "problem"; readonly line: number; readonly reason: string; readonly expected: string };

type State =
  | "begin"
  | "valueOrClose"
  | "value"
  | "afterValue"
  | "keyOrClose"
  | "key"
  | "inKey"
  | "colon"
  | "memberValue"
  | "element"
  | "end"
  | "done";

const [QUOTE, COMMA, COLON, NEWLINE] = [0x22, 0x2c, 0x3a, 0x0a];
const [OPEN_ARRAY, CLOSE_ARRAY, OPEN_OBJECT, CLOSE_OBJECT] = [0x5b, 0x5d, 0x7b, 0x7d];

function shown(byte: number): string {
  return byte < 0x80 ? `'${String.fromCharCode(byte)}'` : "a non-ASCII character";
}

/**
 * Cuts the top-level elements out of a JSON document as its bytes arrive: a top-level array
 * `[ {…}, {…} ]`, or an object of arrays keyed by kind `{ "activity": [ {…} ], … }`. Each
 * element is decoded on its own with the line and column it starts at, for the caller to
 * parse, so memory is bounded by the largest element, not the file. Structural mistakes (a
 * missing comma, a stray character, an unclosed array) become problem events, and scanning
 * goes on where it can.
 */
export class JsonDocumentScanner {
  readonly #cutter = new JsonElementCutter();
  readonly #decoder = new Utf8LineDecoder();
  #state: State = "begin";
  #line = 1;
  #column = 1;
  #top: "array" | "object" | undefined;
  #topLine = 1;
  /** The key whose array is being read, when the document is an object of arrays. */
  #group: string | undefined;
  /** The key just read, whose value comes next. */
  #key = "";
  /** Set after a reported mistake, until the structure makes sense again: one problem per mistake. */
  #recovering = false;
  #elementAt: TextPosition = { line: 1, column: 1 };
  #discard = false;
  #events: DocumentEvent[] = [];

  /** The events completed by this chunk. */
  push(chunk: Uint8Array): DocumentEvent[] {
    this.#events = [];
    let index = 0;
    while (this.#state !== "done") {
      if (this.#state === "element" || this.#state === "inKey") {
        // Also at the end of the chunk, so that an element begun on its last byte is kept.
        const end = this.#cutter.scan(chunk, index);
        if (end === -1) break;
        this.#finish(this.#cutter.cut(chunk, end));
        index = end;
      } else if (index < chunk.length) {
        this.#structural(chunk, index);
        index += 1;
      } else {
        break;
      }
    }
    return this.#events;
  }

  /** The events the end of the input completes: a last number, or what was left unclosed. */
  end(): DocumentEvent[] {
    this.#events = [];
    this.#recovering = false;
    if (this.#state === "element") {
      const last = this.#cutter.endOfInput();
      if (last !== undefined) this.#finish(last);
    }
    switch (this.#state) {
      case "begin":
        this.#problem("the document is empty", "a JSON array of records, or an object of arrays keyed by kind");
        break;
      case "element":
      case "inKey":
        this.#line = this.#elementAt.line;
        this.#problem(
          `the ${this.#state === "inKey" ? "key" : "element"} starting at line ${this.#line} is not closed before the end of the input`,
          this.#cutter.closer ?? "its end",
        );
        break;
      case "end":
      case "done":
        break;
      default:
        if (this.#group !== undefined)
          this.#problem(`the input ends inside the array of ${JSON.stringify(this.#group)}`, "']'");
        else
          this.#problem(
            `the input ends inside the ${this.#top ?? "document"} opened at line ${this.#topLine}`,
            this.#top === "array" ? "']'" : "'}'",
          );
    }
    this.#state = "done";
    return this.#events;
  }

  #problem(reason: string, expected: string): void {
    if (!this.#recovering) this.#events.push({ type: "problem", line: this.#line, reason, expected });
    this.#recovering = true;
  }

  /** Whether the value being read belongs to an array (the top one or a group), not to the top object. */
  #inArray(): boolean {
    return this.#top === "array" || this.#group !== undefined;
  }

  #structural(chunk: Uint8Array, index: number): void {
    const byte = chunk[index] ?? 0;
    if (byte === NEWLINE) {
      this.#line += 1;
      this.#column = 1;
      return;
    }
    // A UTF-8 continuation byte adds no column; a four-byte sequence is two UTF-16 units.
    if ((byte & 0xc0) !== 0x80) this.#column += byte >= 0xf0 ? 2 : 1;
    if (isJsonWhitespace(byte)) return;
    const close = this.#inArray() ? CLOSE_ARRAY : CLOSE_OBJECT;
    const stray = byte === COMMA || byte === COLON || byte === CLOSE_OBJECT || byte === CLOSE_ARRAY;
    switch (this.#state) {
      case "begin":
        if (byte !== OPEN_ARRAY && byte !== OPEN_OBJECT) {
          this.#problem(
            `found ${shown(byte)} at the start of the document`,
            "'[' (an array of records) or '{' (arrays keyed by kind)",
          );
          this.#state = "done";
          return;
        }
        this.#top = byte === OPEN_ARRAY ? "array" : "object";
        this.#topLine = this.#line;
        this.#state = byte === OPEN_ARRAY ? "valueOrClose" : "keyOrClose";
        return;
      case "valueOrClose":
      case "value":
        if (byte === close) {
          if (this.#state === "value")
            this.#problem("found ']' after ','", "another element (JSON allows no trailing comma)");
          return this.#closeArray();
        }
        if (stray) return this.#problem(`found ${shown(byte)} where an element should start`, "an element (a record)");
        return this.#begin(chunk, index, "element", false);
      case "afterValue":
        if (byte === close) return this.#inArray() ? this.#closeArray() : this.#close();
        if (byte === COMMA) {
          this.#recovering = false;
          this.#state = this.#inArray() ? "value" : "key";
          return;
        }
        this.#problem(`found ${shown(byte)} after an element`, this.#inArray() ? "',' or ']'" : "',' or '}'");
        if (stray) return;
        // A missing comma: read on as if it were there.
        this.#state = this.#inArray() ? "value" : "key";
        this.#column -= 1;
        return this.#structural(chunk, index);
      case "keyOrClose":
      case "key":
        if (byte === CLOSE_OBJECT) {
          if (this.#state === "key")
            this.#problem("found '}' after ','", "another key (JSON allows no trailing comma)");
          return this.#close();
        }
        if (byte !== QUOTE)
          return this.#problem(
            `found ${shown(byte)} where a key should start`,
            'a kind in double quotes, such as "activity"',
          );
        return this.#begin(chunk, index, "inKey", false);
      case "colon":
        if (byte === COLON) {
          this.#state = "memberValue";
          return;
        }
        this.#problem(`found ${shown(byte)} after a key`, "':'");
        this.#state = "done";
        return;
      case "memberValue":
        if (byte === OPEN_ARRAY) {
          this.#group = this.#key;
          this.#events.push({ type: "group", key: this.#key, line: this.#line });
          this.#state = "valueOrClose";
          return;
        }
        this.#events.push({ type: "member", key: this.#key, line: this.#line });
        if (!stray) return this.#begin(chunk, index, "element", true);
        this.#problem(`found ${shown(byte)} after ':'`, "a value");
        this.#state = "afterValue";
        this.#column -= 1;
        return byte === COLON ? undefined : this.#structural(chunk, index);
      case "end":
        this.#recovering = false;
        this.#problem(`found ${shown(byte)} after the end of the document`, "nothing after the closing bracket");
        this.#state = "done";
        return;
      default:
        return;
    }
  }

  #closeArray(): void {
    if (this.#group === undefined) return this.#close();
    this.#recovering = false;
    this.#group = undefined;
    this.#state = "afterValue";
  }

  #close(): void {
    this.#recovering = false;
    this.#state = "end";
  }

  #begin(chunk: Uint8Array, index: number, state: "element" | "inKey", discard: boolean): void {
    this.#recovering = false;
    this.#state = state;
    this.#discard = discard;
    // The column already counts the first character; the element starts on it.
    this.#elementAt = { line: this.#line, column: this.#column - 1 };
    this.#cutter.begin(chunk, index);
  }

  #finish(bytes: Uint8Array): void {
    const text = this.#decoder.decode(bytes);
    const newlines = this.#cutter.newlines;
    this.#line = this.#elementAt.line + newlines;
    const length = text?.length ?? bytes.length;
    this.#column = newlines === 0 ? this.#elementAt.column + length : length - (text?.lastIndexOf("\n") ?? 0);
    if (this.#state === "inKey") {
      this.#key = parseKey(text ?? '""');
      this.#state = "colon";
      return;
    }
    this.#state = "afterValue";
    if (this.#discard) return;
    const group = this.#group;
    this.#events.push({ type: "element", text, at: this.#elementAt, ...(group === undefined ? {} : { group }) });
  }
}

function parseKey(raw: string): string {
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw.slice(1, -1);
  }
}
