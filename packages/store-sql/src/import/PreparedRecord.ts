import type { Activity, EntityKind, EntityOf } from "@remit/core";
import type { GenerationKey } from "../aggregation/AggregationBlocks";
import { partnerAliases, type PartnerAlias } from "../projection/PartnerForms";
import { generationKeys, projectRecord } from "../projection/Projections";
import type { Row, RowSink, WrittenTable } from "../projection/TableRows";
import { storedBody } from "../records/StoredBody";

/**
 * A validated record of an import as it waits in its batch: its JSON text, the rows it is
 * found by and the aggregation generations it changes, all made as soon as it is read. The
 * record itself (a tree of many small objects) is dropped at once, so it dies young: a batch
 * outlives several minor collections, and every object it kept was copied into the old
 * generation and left there for a full collection to find, which is what made a large
 * import's heap, and its resident memory, peak high.
 */
export interface PreparedRecord {
  readonly kind: EntityKind;
  readonly id: string;
  readonly body: string;
  /** The record's derived rows, as table, row, table, row, … (see `addProjectedRows`). */
  readonly rows: readonly (WrittenTable | Row)[];
  readonly generations: readonly GenerationKey[];
  /** The `partner_alias` rows an activity's partners need (none for other kinds). */
  readonly aliases: readonly PartnerAlias[];
}

const NO_ALIASES: readonly PartnerAlias[] = [];

/** Prepares a validated record for its batch (see `PreparedRecord`). */
export function prepareRecord(kind: EntityKind, record: EntityOf<EntityKind>): PreparedRecord {
  const rows: (WrittenTable | Row)[] = [];
  const collect: RowSink = { add: (table, row) => rows.push(table, row) };
  projectRecord(kind, record, collect);
  return {
    kind,
    id: record.id,
    body: storedBody(record),
    rows,
    generations: generationKeys(kind, record),
    aliases: kind === "activity" ? partnerAliases(record as Activity) : NO_ALIASES,
  };
}

/** Adds a prepared record's derived rows to `sink`. */
export function addProjectedRows(entry: PreparedRecord, sink: RowSink): void {
  const { rows } = entry;
  for (let at = 0; at < rows.length; at += 2) sink.add(rows[at] as WrittenTable, rows[at + 1] as Row);
}
