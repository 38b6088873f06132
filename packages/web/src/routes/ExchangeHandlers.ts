import {
  ENTITY_KINDS,
  FILTER_TERMS,
  Store,
  parsePeriod,
  reportOnMandate,
  readCsv,
  readJsonLines,
  readableChunks,
  type Activity,
  type ActivityFilter,
  type CsvKind,
  type EntityKind,
  type Observation,
} from "@remit/core";
import { Effect } from "effect";
import type { Hono } from "hono";
import type { ApiContext } from "../ApiContext";
import type { ApiEnv } from "../http/ApiEnv";
import { bind } from "../http/Bind";
import { apiProblem, type TaggedProblem } from "../http/Problem";
import { activityFilterOf } from "./RecordHandlers";
import { collect, pulledBody, streamActivities, streamKind } from "./StoreStreams";

const TABULAR: readonly EntityKind[] = [
  "body",
  "session",
  "mandate",
  "instrument",
  "activity",
  "indicator",
  "observation",
];

const MEDIA: Readonly<Record<string, string>> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
  jsonl: "application/x-ndjson; charset=utf-8",
  iati: "application/xml; charset=utf-8",
  ics: "text/calendar; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

const EXTENSION: Readonly<Record<string, string>> = { iati: "xml", jsonl: "jsonl" };

/** The kinds an export holds: ?entity=, else activities when filtered, else what the format holds (as `remit export`). */
function kindsOf(
  format: string,
  entity: EntityKind | undefined,
  filtered: boolean,
): readonly EntityKind[] | TaggedProblem {
  if (entity !== undefined) {
    if (filtered && entity !== "activity")
      return apiProblem("InvalidRequest", `The filters select activities; drop them to export ${entity} records.`);
    if (format === "ics" && entity !== "session")
      return apiProblem("InvalidRequest", `An iCalendar holds sessions, not ${entity} records.`);
    if (format === "iati" && entity !== "activity")
      return apiProblem("InvalidRequest", `An IATI file holds activities, not ${entity} records.`);
    if ((format === "csv" || format === "xlsx") && !TABULAR.includes(entity))
      return apiProblem("InvalidRequest", `${entity} records do not fit a table; export them as json or jsonl.`);
    return [entity];
  }
  if (format === "ics")
    return filtered
      ? apiProblem("InvalidRequest", "The filters select activities; an iCalendar holds every session.")
      : (["session"] as EntityKind[]);
  if (filtered || format === "csv" || format === "iati") return ["activity"] as EntityKind[];
  return format === "xlsx" ? TABULAR : ENTITY_KINDS;
}

/** Pairs each streamed activity with the observations naming it (observations are few and read whole). */
async function* withResults(activities: AsyncIterable<Activity>, observations: readonly Observation[]) {
  const byActivity = new Map<string, Observation[]>();
  for (const observation of observations)
    for (const id of observation.activityIds) byActivity.set(id, [...(byActivity.get(id) ?? []), observation]);
  for await (const activity of activities) yield { activity, observations: byActivity.get(activity.id) ?? [] };
}

function tooLarge(limit: number) {
  return apiProblem(
    "PayloadTooLarge",
    `The import is larger than ${limit.toLocaleString("en")} bytes, the most this API accepts; nothing was imported.`,
    { limit },
  );
}

async function* emptyChunks(): AsyncGenerator<Uint8Array> {}

/**
 * The upload's chunks as they arrive, stopped with an error once they pass `limit` bytes:
 * the store then writes nothing (an import is one transaction) and the caller gets 413.
 */
function countedChunks(chunks: AsyncIterable<Uint8Array>, limit: number) {
  let size = 0;
  return {
    exceeded: () => size > limit,
    chunks: (async function* () {
      for await (const chunk of chunks) {
        size += chunk.byteLength;
        if (size > limit) throw new Error(`the import passed ${limit} bytes`);
        yield chunk;
      }
    })(),
  };
}

/** Binds the report, the exports and the imports. */
export function bindExchange(app: Hono<ApiEnv>, api: ApiContext): void {
  const { runtime } = api;

  bind(app, api, "getReport", ({ params, query }) =>
    Effect.gen(function* () {
      const period = parsePeriod(query.period);
      if (!period.ok)
        return yield* Effect.fail(
          apiProblem(
            "InvalidPeriod",
            `period ${JSON.stringify(query.period)} is not a period; write a year (2020), a month (2020-06), a day, or START/END.`,
          ),
        );
      const report = yield* reportOnMandate({
        mandate: params.mandate,
        period: period.value,
        language: query.lang,
        ...(query.obligation === undefined ? {} : { obligationId: query.obligation }),
      }).pipe(Effect.mapError((problem) => problem as never));
      if (query.format === "json") return { json: report };
      const renderers = yield* Effect.promise(() => import("@remit/export/report"));
      const body =
        query.format === "md"
          ? renderers.renderReportMarkdown(report)
          : query.format === "html"
            ? renderers.renderReportHtml(report)
            : yield* Effect.promise(() => renderers.renderReportDocx(report));
      const name = `report-${report.mandateId}-${query.period.replace(/[^0-9A-Za-z-]/g, "_")}.${query.format}`;
      return {
        response: new Response(body as string | Uint8Array<ArrayBuffer>, {
          headers: {
            "content-type": MEDIA[query.format] ?? "application/octet-stream",
            "content-disposition": `${query.format === "docx" ? "attachment" : "inline"}; filename="${name}"`,
            "cache-control": "private, no-cache",
            "content-language": report.language,
          },
        }),
      };
    }),
  );

  bind(app, api, "getExport", ({ params, query }) =>
    Effect.gen(function* () {
      const format = params.format;
      const q = query as Record<string, unknown>;
      const filtered = FILTER_TERMS.activity.some((name) => q[name] !== undefined);
      const kinds = kindsOf(format, query.entity, filtered);
      if ("_tag" in kinds) return yield* Effect.fail(kinds);
      const { entity: _entity, bom: _bom, ...filters } = q;
      const filter: ActivityFilter = kinds.includes("activity") ? yield* activityFilterOf(filters) : {};
      const store = yield* Store;
      const streamOf = (kind: EntityKind): AsyncGenerator<unknown> =>
        kind === "activity" ? streamActivities(runtime, store, filter) : streamKind(runtime, store, kind);
      const chunks = yield* Effect.promise(async (): Promise<AsyncIterable<string | Uint8Array> | string> => {
        switch (format) {
          case "csv": {
            const { exportCsv } = await import("@remit/export/csv");
            const kind = kinds[0] as CsvKind;
            return exportCsv(kind, streamOf(kind) as never, { bom: query.bom });
          }
          case "xlsx": {
            const { exportXlsx } = await import("@remit/export/xlsx");
            return exportXlsx(kinds.map((kind) => ({ kind: kind as CsvKind, records: streamOf(kind) as never })));
          }
          case "json": {
            const { exportJsonDocument } = await import("@remit/export/json");
            return exportJsonDocument(Object.fromEntries(kinds.map((kind) => [kind, streamOf(kind)])));
          }
          case "jsonl": {
            const { exportJsonLines, exportKindedJsonLines } = await import("@remit/export/json");
            const [only] = kinds;
            if (kinds.length === 1 && only !== undefined) return exportJsonLines(only, streamOf(only) as never);
            return exportKindedJsonLines(
              (async function* () {
                for (const kind of kinds) for await (const record of streamOf(kind)) yield { kind, record } as never;
              })(),
            );
          }
          case "iati": {
            const { exportIati } = await import("@remit/export/iati");
            const [observations, mandates, indicators, bodies] = await Promise.all([
              collect(streamKind(runtime, store, "observation")),
              collect(streamKind(runtime, store, "mandate")),
              collect(streamKind(runtime, store, "indicator")),
              collect(streamKind(runtime, store, "body")),
            ]);
            return exportIati(withResults(streamActivities(runtime, store, filter), observations), {
              mandates,
              indicators,
              bodies,
            });
          }
          case "ics": {
            const { exportICalendar } = await import("@remit/export/ical");
            const [sessions, bodies] = await Promise.all([
              collect(streamKind(runtime, store, "session")),
              collect(streamKind(runtime, store, "body")),
            ]);
            return exportICalendar(sessions, { bodies });
          }
        }
      });
      const name = `remit-${kinds.length === 1 ? kinds[0] : "records"}.${EXTENSION[format] ?? format}`;
      return {
        response: new Response(typeof chunks === "string" ? chunks : pulledBody(chunks), {
          headers: {
            "content-type": MEDIA[format] ?? "application/octet-stream",
            "content-disposition": `attachment; filename="${name}"`,
            "cache-control": "private, no-cache",
          },
        }),
      };
    }),
  );

  bind(app, api, "postImport", ({ query, request, caller }) =>
    Effect.gen(function* () {
      const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
      const csv = type === "text/csv";
      if (!csv && type !== "application/x-ndjson" && type !== "application/jsonl")
        return yield* Effect.fail(
          apiProblem("UnsupportedMediaType", "Send JSON Lines (application/x-ndjson) or CSV (text/csv)."),
        );
      if (csv && query.kind === undefined)
        return yield* Effect.fail(
          apiProblem(
            "InvalidRequest",
            "A CSV import needs ?kind= (activity, mandate, session, …): a CSV row does not say its kind.",
          ),
        );
      const limit = api.limits.importBytes;
      if (Number(request.headers.get("content-length") ?? 0) > limit) return yield* Effect.fail(tooLarge(limit));
      const counted = countedChunks(request.body === null ? emptyChunks() : readableChunks(request.body), limit);
      const chunks = counted.chunks;
      const options = { file: "upload", ...(query.kind === undefined ? {} : { kind: query.kind }) };
      const entries = csv
        ? readCsv(chunks, { ...options, kind: query.kind as EntityKind })
        : readJsonLines(chunks, options);
      const store = yield* Store;
      const report = yield* store
        .importRecords(entries, { actor: caller.actor, skipInvalid: query.skipInvalid })
        .pipe(Effect.mapError((error) => (counted.exceeded() ? tooLarge(limit) : error)));
      return { json: { ...report, problems: [...report.problems] } };
    }),
  );
}
