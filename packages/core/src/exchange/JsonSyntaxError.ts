import type { ProblemWording } from "../store/RecordProblemWording";

/**
 * Where a JSON text first breaks the grammar of RFC 8259, and what was expected there.
 * Engines word JSON.parse failures differently and V8 does not always give a position, so
 * the readers locate errors themselves; this runs only after JSON.parse has failed.
 */
export interface JsonSyntaxError {
  /** 0-based offset in the text, in UTF-16 code units. */
  readonly offset: number;
  /** 1-based line inside the text. */
  readonly line: number;
  /** 1-based column inside that line. */
  readonly column: number;
  /** What the grammar allows there: "',' or '}' after a property value". */
  readonly expected: string;
  /** The same as data, for wording it in another language. */
  readonly expectedKey: JsonExpected;
  /** The character or word the expectation names ("'}'", "null"), when it names one. */
  readonly mark?: string;
  /** What is there instead: "'}'", "the end of the input". */
  readonly found: string;
}

/**
 * What the JSON grammar allowed where a text broke it, as a key (`valueOr`, `commaOr` and
 * `keyOr` name their closing mark, `literal` the word it was spelling).
 */
export type JsonExpected =
  | "value"
  | "valueOr"
  | "key"
  | "keyOr"
  | "colon"
  | "end"
  | "commaOr"
  | "commaOrInArray"
  | "literal"
  | "closeQuote"
  | "noControl"
  | "hex"
  | "escape"
  | "digit"
  | "digitFraction"
  | "digitExponent";

const VALUE = "a value (object, array, string, number, true, false or null)";

/** The English words of each expectation; `{mark}` is the mark or word it names. */
const EXPECTED_WORDS: Readonly<Record<JsonExpected, string>> = {
  value: VALUE,
  valueOr: `${VALUE} or {mark}`,
  key: "a property name in double quotes",
  keyOr: "a property name in double quotes or {mark}",
  colon: "{mark} after a property name",
  end: "the end of the input after the value",
  commaOr: "',' or {mark} after a property value",
  commaOrInArray: "',' or {mark} after an array element",
  literal: "{mark}",
  closeQuote: "{mark} to close the string",
  noControl: "no control character in a string (write a line break as \\n, a tab as \\t)",
  hex: "four hex digits after \\u",
  escape: 'an escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u followed by four hex digits)',
  digit: "a digit",
  digitFraction: "a digit after the decimal point",
  digitExponent: "a digit in the exponent",
};

class Failure {
  constructor(
    readonly offset: number,
    readonly expected: JsonExpected,
    readonly mark?: string,
  ) {}
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isHex(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

class Grammar {
  #at = 0;
  readonly #stack: ("{" | "[")[] = [];

  constructor(readonly text: string) {}

  /** Walks the text without recursion (any nesting depth) and throws a Failure at the first error. */
  check(): void {
    let expecting: "value" | "after" | "key" = "value";
    let valueExpected: [JsonExpected, string?] = ["value"];
    let keyExpected: [JsonExpected, string?] = ["key"];
    for (;;) {
      this.#whitespace();
      const char = this.text[this.#at];
      if (expecting === "key") {
        if (char !== '"') throw new Failure(this.#at, ...keyExpected);
        this.#string();
        this.#whitespace();
        if (this.text[this.#at] !== ":") throw new Failure(this.#at, "colon", "':'");
        this.#at += 1;
        expecting = "value";
        valueExpected = ["value"];
      } else if (expecting === "value") {
        if (char === "{" || char === "[") {
          this.#at += 1;
          this.#whitespace();
          const close = char === "{" ? "}" : "]";
          if (this.text[this.#at] === close) {
            this.#at += 1;
            expecting = "after";
            continue;
          }
          this.#stack.push(char);
          expecting = char === "{" ? "key" : "value";
          keyExpected = ["keyOr", "'}'"];
          valueExpected = ["valueOr", "']'"];
          continue;
        }
        this.#scalar(...valueExpected);
        expecting = "after";
      } else {
        const open = this.#stack.at(-1);
        if (open === undefined) {
          if (this.#at < this.text.length) throw new Failure(this.#at, "end");
          return;
        }
        const close = open === "{" ? "}" : "]";
        if (char === close) {
          this.#stack.pop();
          this.#at += 1;
        } else if (char === ",") {
          this.#at += 1;
          expecting = open === "{" ? "key" : "value";
          keyExpected = ["key"];
          valueExpected = ["value"];
        } else {
          throw open === "{" ? new Failure(this.#at, "commaOr", "'}'") : new Failure(this.#at, "commaOrInArray", "']'");
        }
      }
    }
  }

  #whitespace(): void {
    while (" \t\n\r".includes(this.text[this.#at] ?? "x")) this.#at += 1;
  }

  #scalar(expected: JsonExpected, mark?: string): void {
    const char = this.text[this.#at];
    if (char === '"') return this.#string();
    if (char === "-" || isDigit(this.text.charCodeAt(this.#at))) return this.#number();
    for (const word of ["true", "false", "null"]) {
      if (char === word[0]) {
        for (let index = 1; index < word.length; index += 1) {
          if (this.text[this.#at + index] !== word[index]) throw new Failure(this.#at + index, "literal", word);
        }
        this.#at += word.length;
        return;
      }
    }
    throw new Failure(this.#at, expected, mark);
  }

  #string(): void {
    this.#at += 1;
    for (;;) {
      if (this.#at >= this.text.length) throw new Failure(this.#at, "closeQuote", "'\"'");
      const code = this.text.charCodeAt(this.#at);
      if (code === 0x22) {
        this.#at += 1;
        return;
      }
      if (code < 0x20) throw new Failure(this.#at, "noControl");
      if (code === 0x5c) {
        const escaped = this.text[this.#at + 1] ?? "";
        if (escaped === "u") {
          for (let index = 2; index < 6; index += 1) {
            if (!isHex(this.text.charCodeAt(this.#at + index))) throw new Failure(this.#at + index, "hex");
          }
          this.#at += 6;
          continue;
        }
        if (escaped === "" || !'"\\/bfnrt'.includes(escaped)) throw new Failure(this.#at + 1, "escape");
        this.#at += 2;
        continue;
      }
      this.#at += 1;
    }
  }

  #number(): void {
    if (this.text[this.#at] === "-") this.#at += 1;
    if (this.text[this.#at] === "0") this.#at += 1;
    else this.#digits("digit");
    if (this.text[this.#at] === ".") {
      this.#at += 1;
      this.#digits("digitFraction");
    }
    if (this.text[this.#at] === "e" || this.text[this.#at] === "E") {
      this.#at += 1;
      if (this.text[this.#at] === "+" || this.text[this.#at] === "-") this.#at += 1;
      this.#digits("digitExponent");
    }
  }

  #digits(expected: JsonExpected): void {
    if (!isDigit(this.text.charCodeAt(this.#at))) throw new Failure(this.#at, expected);
    while (isDigit(this.text.charCodeAt(this.#at))) this.#at += 1;
  }
}

/** How a character is shown in a problem report. */
function shown(text: string, offset: number): string {
  const point = text.codePointAt(offset);
  if (point === undefined) return "the end of the input";
  const char = String.fromCodePoint(point);
  if (point < 0x20) return JSON.stringify(char);
  return `'${char}'`;
}

/**
 * The first syntax error of a JSON text, or undefined when the text is valid JSON.
 * @example findJsonSyntaxError('{"a": 1 "b": 2}') // { line: 1, column: 9, expected: "',' or '}' after a property value", found: "'\"'", … }
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    new Grammar(text).check();
    return undefined;
  } catch (failure) {
    if (!(failure instanceof Failure)) throw failure;
    const before = text.slice(0, failure.offset);
    const lineStart = before.lastIndexOf("\n") + 1;
    let line = 1;
    for (let index = before.indexOf("\n"); index !== -1; index = before.indexOf("\n", index + 1)) line += 1;
    return {
      offset: failure.offset,
      line,
      column: failure.offset - lineStart + 1,
      expected: EXPECTED_WORDS[failure.expected].replace("{mark}", failure.mark ?? ""),
      expectedKey: failure.expected,
      ...(failure.mark === undefined ? {} : { mark: failure.mark }),
      found: shown(text, failure.offset),
    };
  }
}

/**
 * The reason and expectation for a text JSON.parse rejected, for a RecordProblem. With
 * `start` (where the text starts in its file) the position is given as a file line and
 * column, otherwise as a column of the single line the text is.
 * @example invalidJsonWording('{"a": }', error) // { reason: "is not valid JSON: found '}' at column 7", expected: "a value (…)" }
 */
export function invalidJsonWording(
  text: string,
  parseError: unknown,
  start?: { readonly line: number; readonly column: number },
): { readonly reason: string; readonly expected?: string; readonly wording?: ProblemWording } {
  const located = findJsonSyntaxError(text);
  if (located === undefined) {
    const engine = parseError instanceof Error ? parseError.message : String(parseError);
    return { reason: `is not valid JSON (${engine})` };
  }
  const found = located.offset >= text.length ? "@end" : located.found;
  const expected = {
    key: "json",
    expected: located.expectedKey,
    ...(located.mark === undefined ? {} : { mark: located.mark }),
  } as const;
  if (start === undefined)
    return {
      reason: `is not valid JSON: found ${located.found} at column ${located.column}`,
      expected: located.expected,
      wording: { reason: { key: "notJson", found, column: located.column }, expected },
    };
  const line = start.line + located.line - 1;
  const column = located.line === 1 ? start.column + located.column - 1 : located.column;
  return {
    reason: `is not valid JSON: found ${located.found} at line ${line}, column ${column}`,
    expected: located.expected,
    wording: { reason: { key: "notJson", found, line, column }, expected },
  };
}
