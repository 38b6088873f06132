import type { EntityKind, EntityOf } from "@remit/core";
import { renderChunks, type Source } from "../stream/Source";

/** How a JSON Lines file is written. */
export interface JsonLinesOptions {
  /**
   * Wrap each record in an envelope `{"kind": …, "record": …}` naming its kind, so that one
   * file can hold records of several kinds and core's `readJsonLines` needs no `kind` option.
   * Default: false (bare records, one kind per file).
   */
  readonly envelope?: boolean;
}

/** A record of any kind together with its kind, as the envelope form writes it. */
export type KindedRecord = { [K in EntityKind]: { readonly kind: K; readonly record: EntityOf<K> } }[EntityKind];

function line(record: unknown): string {
  return `${JSON.stringify(record)}\n`;
}

function envelopeLine({ kind, record }: KindedRecord): string {
  return `${JSON.stringify({ kind, record })}\n`;
}

/**
 * Writes records of one kind as JSON Lines (one JSON object per line, `\n` ends every line,
 * UTF-8), streamed in chunks of about 64 KB. Core's `readJsonLines(chunks, { kind })` reads
 * it back. With `{ envelope: true }` each line is `{"kind": kind, "record": …}`.
 * @example for await (const chunk of exportJsonLines("activity", activities)) file.write(chunk);
 */
export function exportJsonLines<K extends EntityKind>(
  kind: K,
  records: Source<EntityOf<K>>,
  options: JsonLinesOptions = {},
): AsyncGenerator<string> {
  if (options.envelope !== true) return renderChunks(records, line);
  return renderChunks(records, (record) => `${JSON.stringify({ kind, record })}\n`);
}

/**
 * Writes records of mixed kinds as JSON Lines of envelopes `{"kind": …, "record": …}`, so one
 * file holds a whole store; core's `readJsonLines(chunks)` reads each line's kind from it.
 * @example exportKindedJsonLines([{ kind: "body", record: ccpcj }, { kind: "session", record: ccpcj30 }])
 */
export function exportKindedJsonLines(records: Source<KindedRecord>): AsyncGenerator<string> {
  return renderChunks(records, envelopeLine);
}
