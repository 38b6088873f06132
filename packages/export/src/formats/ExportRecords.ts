import type { CsvKind, EntityKind, EntityOf, Language } from "@remit/core";
import type { ObservationsOfActivities } from "../iati/IatiExport";
import type { Source } from "../stream/Source";
import type { ExportFormat } from "./ExportFormats";

/** The records of one kind an export reads: a stream from a store, an array, a file being parsed. */
export type RecordsOfKind = <K extends EntityKind>(kind: K) => Source<EntityOf<K>>;

/** How an export is written. */
export interface ExportRecordsOptions {
  /** Start CSV with a byte order mark, for Excel. */
  readonly bom?: boolean;
  /** The language of a calendar's titles and venues; default "en". */
  readonly language?: Language;
  /**
   * Where IATI reads the observations of each page of activities (a store query a page, see
   * core's `activityObservations`). Without it IATI reads every observation before the first
   * activity: fine for records in memory, not for a store of a million.
   */
  readonly observationsOf?: ObservationsOfActivities;
}

async function collect<T>(source: Source<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of source) all.push(item);
  return all;
}

/**
 * Records as a file in `format`: the `kinds` (from `exportKinds`) read from `records`, and the
 * format's context kinds (`CONTEXT_KINDS`) from `context`, which may count them apart.
 * Each format's writer is imported only when that format is asked for; the result streams
 * text or bytes for a file, a response body or stdout.
 * @example exportRecords("csv", ["activity"], (kind) => storeStream(kind), (kind) => storeStream(kind))
 */
export async function exportRecords(
  format: ExportFormat,
  kinds: readonly EntityKind[],
  records: RecordsOfKind,
  context: RecordsOfKind = records,
  options: ExportRecordsOptions = {},
): Promise<AsyncIterable<string | Uint8Array> | string> {
  switch (format) {
    case "csv": {
      const { exportCsv } = await import("../csv/index");
      const kind = (kinds[0] ?? "activity") as CsvKind;
      return exportCsv(kind, records(kind), { bom: options.bom ?? false });
    }
    case "xlsx": {
      const { exportXlsx } = await import("../xlsx/index");
      return exportXlsx(kinds.map((kind) => ({ kind: kind as CsvKind, records: records(kind as CsvKind) }) as never));
    }
    case "json": {
      const { exportJsonDocument } = await import("../json/index");
      return exportJsonDocument(Object.fromEntries(kinds.map((kind) => [kind, records(kind)])));
    }
    case "jsonl": {
      const { exportJsonLines, exportKindedJsonLines } = await import("../json/index");
      const [only] = kinds;
      if (kinds.length === 1 && only !== undefined) return exportJsonLines(only, records(only));
      return exportKindedJsonLines(
        (async function* () {
          for (const kind of kinds) for await (const record of records(kind)) yield { kind, record } as never;
        })(),
      );
    }
    case "iati": {
      const { exportIati, pagedWithObservations, streamWithObservations } = await import("../iati/index");
      const [mandates, indicators, bodies] = await Promise.all([
        collect(context("mandate")),
        collect(context("indicator")),
        collect(context("body")),
      ]);
      // The activities stream as the file is written, with their observations a page at a
      // time when the source can look them up; the registry they name (few records) is read first.
      const { observationsOf } = options;
      const paired =
        observationsOf === undefined
          ? streamWithObservations(records("activity"), await collect(context("observation")))
          : pagedWithObservations(records("activity"), observationsOf);
      return exportIati(paired, { mandates, indicators, bodies });
    }
    case "ics": {
      const { exportICalendar } = await import("../ical/index");
      const [sessions, bodies] = await Promise.all([collect(records("session")), collect(context("body"))]);
      return exportICalendar(sessions, { bodies, language: options.language ?? "en" });
    }
  }
}
