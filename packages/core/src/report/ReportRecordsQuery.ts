import { Effect, Stream } from "effect";
import { streamAll, streamFound, type ReadError } from "../store/AllRecords";
import type { EntityKind, EntityOf } from "../store/EntityKind";
import type { Store } from "../store/Store";
import type { Stored } from "../store/Stored";
import type { Period } from "../time/Period";
import type { ReportRecords } from "./ReportContext";

/** What `reportRecords` may be told while it reads. */
export interface ReportRecordsOptions {
  /** Called once per record read, for a progress bar. */
  readonly onRecord?: () => void;
}

function recordsOf<K extends EntityKind>(
  stream: Stream.Stream<Stored<K>, ReadError, Store>,
  onRecord: () => void,
): Effect.Effect<EntityOf<K>[], ReadError, Store> {
  return Effect.map(
    Stream.runCollect(
      Stream.map(stream, (stored) => {
        onRecord();
        return stored.record;
      }),
    ),
    (records) => [...records],
  );
}

/**
 * The records a report on `period` is computed from, read from the store: the activities of
 * the period only (the store's `find`, so a million activities of other years are never
 * read), and every mandate, session, observation, indicator and body, which a report needs
 * whole (lineage, deferrals, series over the years). Store failures stay typed.
 * @example const records = yield* reportRecords({ start: "2020" }); buildReport({ mandateId, period, records, language: "en" })
 */
export function reportRecords(
  period: Period,
  options: ReportRecordsOptions = {},
): Effect.Effect<ReportRecords, ReadError, Store> {
  const onRecord = options.onRecord ?? (() => undefined);
  return Effect.all(
    {
      mandates: recordsOf(streamAll("mandate"), onRecord),
      sessions: recordsOf(streamAll("session"), onRecord),
      activities: recordsOf(streamFound("activity", { period }), onRecord),
      observations: recordsOf(streamAll("observation"), onRecord),
      indicators: recordsOf(streamAll("indicator"), onRecord),
      bodies: recordsOf(streamAll("body"), onRecord),
    },
    { concurrency: "unbounded" },
  );
}
