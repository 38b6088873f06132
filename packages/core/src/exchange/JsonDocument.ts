import type { EntityKind } from "../store/EntityKind";
import type { ImportEntry } from "../store/ImportEntry";
import { NOT_UTF8, withoutBom, type ByteChunks } from "./ByteChunks";
import { JsonDocumentScanner, type DocumentEvent, type TextPosition } from "./JsonDocumentScanner";
import { invalidJsonWording } from "./JsonSyntaxError";
import { entryOf, expectedKinds, isEntityKind, problemEntry, type ReadOptions } from "./RecordEnvelope";

/**
 * Reads a JSON document as import entries, streamed: top-level elements are cut from the
 * bytes as they arrive and parsed one by one, so memory is bounded by the largest record.
 * Two layouts are read:
 *
 * - a top-level array of records: `[ {…}, {…} ]`, each a bare record of `options.kind` or an
 *   envelope `{"kind": "session", "record": {…}}`;
 * - an object of arrays keyed by kind, as the dataset is laid out:
 *   `{ "body": [ {…} ], "mandate": [ {…}, {…} ] }`. Keys starting with "$" (such as
 *   "$schema") are metadata and skipped.
 *
 * Each entry's `line` is the line its element starts on. An element that is not valid JSON
 * becomes an entry with a `readProblem` naming the line and column where it breaks; a
 * structural mistake (a missing comma, an unclosed array, an unknown kind) becomes a problem
 * naming the line and what was expected there. Reading goes on wherever it can.
 * @example
 * for await (const entry of readJsonDocument(fs.createReadStream("remit.json"), { file: "remit.json" })) …
 */
export async function* readJsonDocument(chunks: ByteChunks, options: ReadOptions = {}): AsyncGenerator<ImportEntry> {
  const scanner = new JsonDocumentScanner();
  const reader = new DocumentEntries(options);
  for await (const chunk of withoutBom(chunks)) {
    for (const event of scanner.push(chunk)) {
      const entry = reader.entryOf(event);
      if (entry !== undefined) yield entry;
    }
  }
  for (const event of scanner.end()) {
    const entry = reader.entryOf(event);
    if (entry !== undefined) yield entry;
  }
}

/** Turns scanner events into entries, remembering which kind the current group holds. */
class DocumentEntries {
  /** The kind of the group being read; null while reading a group that is skipped. */
  #groupKind: EntityKind | null | undefined;

  constructor(readonly options: ReadOptions) {}

  entryOf(event: DocumentEvent): ImportEntry | undefined {
    switch (event.type) {
      case "problem":
        return problemEntry(this.options, event.line, { reason: event.reason, expected: event.expected });
      case "group":
        if (event.key.startsWith("$")) {
          this.#groupKind = null;
          return undefined;
        }
        this.#groupKind = isEntityKind(event.key) ? event.key : null;
        if (this.#groupKind !== null) return undefined;
        return problemEntry(this.options, event.line, {
          path: [event.key],
          reason: `${JSON.stringify(event.key)} is not a kind of record; its array is skipped`,
          expected: expectedKinds(),
        });
      case "member":
        if (event.key.startsWith("$")) return undefined;
        return problemEntry(this.options, event.line, {
          path: [event.key],
          reason: `${JSON.stringify(event.key)} does not hold an array of records`,
          expected: isEntityKind(event.key)
            ? `an array of ${event.key} records`
            : `arrays under keys that are ${expectedKinds()}`,
        });
      case "element":
        return this.#element(event.text, event.at, event.group !== undefined);
    }
  }

  #element(text: string | undefined, at: TextPosition, grouped: boolean): ImportEntry | undefined {
    const kind = grouped ? this.#groupKind : undefined;
    if (kind === null) return undefined;
    const options: ReadOptions = kind === undefined ? this.options : { ...this.options, kind };
    const line = at.line;
    if (text === undefined) return problemEntry(options, line, { reason: `the element ${NOT_UTF8}` });
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return problemEntry(options, line, invalidJsonWording(text, error, at));
    }
    // In an object keyed by kind the key says the kind: elements are bare records.
    if (kind !== undefined)
      return { kind, record: value, ...(options.file === undefined ? {} : { file: options.file }), line };
    return entryOf(value, line, options);
  }
}
