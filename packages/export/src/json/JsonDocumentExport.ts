import { ENTITY_KINDS, type EntityKind, type EntityOf } from "@remit/core";
import { renderChunks, type Source } from "../stream/Source";

/** The records of a JSON document, by kind; kinds left out are not written. */
export type JsonDocumentGroups = { readonly [K in EntityKind]?: Source<EntityOf<K>> };

/** How a JSON document is written. */
export interface JsonDocumentOptions {
  /**
   * A `"$schema"` member written first (e.g. the URL of a published schema). Core's reader
   * skips members whose name starts with "$".
   */
  readonly schema?: string;
}

async function* documentChunks(groups: JsonDocumentGroups, options: JsonDocumentOptions): AsyncGenerator<string> {
  let head = "{";
  if (options.schema !== undefined) head += `\n"$schema": ${JSON.stringify(options.schema)}`;
  let members = options.schema === undefined ? 0 : 1;
  // Store order (bodies before what names them), whatever order the caller's object has.
  for (const kind of ENTITY_KINDS) {
    const records: Source<unknown> | undefined = groups[kind];
    if (records === undefined) continue;
    let count = 0;
    const element = (record: unknown): string => `${count++ > 0 ? "," : ""}\n${JSON.stringify(record)}`;
    yield* renderChunks(records, element, `${head}${members > 0 ? "," : ""}\n${JSON.stringify(kind)}: [`);
    head = count > 0 ? "\n]" : "]";
    members += 1;
  }
  yield `${head}\n}\n`;
}

/**
 * Writes one JSON document holding records of several kinds, keyed by kind in store order:
 * `{ "body": [ … ], "activity": [ … ], "observation": [ … ] }` — the layout core's
 * `readJsonDocument` reads (and the dataset uses). Streamed: each record is serialised on
 * its own, one record per line, in chunks of about 64 KB, so a million activities never sit
 * in memory as one string.
 * @example exportJsonDocument({ activity: dataset.activities, observation: dataset.observations })
 */
export function exportJsonDocument(
  groups: JsonDocumentGroups,
  options: JsonDocumentOptions = {},
): AsyncGenerator<string> {
  return documentChunks(groups, options);
}
