import {
  FILTER_TERMS,
  Store,
  parsePeriod,
  reportOnMandate,
  readEntries,
  readableChunks,
  type ActivityFilter,
} from "@remit/core";
import { Effect } from "effect";
import type { Hono } from "hono";
import type { ApiContext } from "../ApiContext";
import type { ApiEnv } from "../http/ApiEnv";
import { bind } from "../http/Bind";
import { apiProblem } from "../http/Problem";
import { activityFilterOf } from "./RecordHandlers";
import { pulledBody } from "./PulledBody";

/** A message of core or the export formats as the API words its problems: a sentence. */
function sentence(message: string): string {
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
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
        content: api.reportContent,
        ...(query.obligation === undefined ? {} : { obligationId: query.obligation }),
      }).pipe(Effect.mapError((problem) => problem as never));
      if (query.format === "json") return { json: report };
      const { FORMAT_FILES, renderReport } = yield* Effect.promise(() => import("@remit/export/formats"));
      const format = query.format;
      const file = FORMAT_FILES[format];
      const body = yield* Effect.promise(() => renderReport(report, format));
      const name = `report-${report.mandateId}-${query.period.replace(/[^0-9A-Za-z-]/g, "_")}.${file.extension}`;
      return {
        response: new Response(body as string | Uint8Array<ArrayBuffer>, {
          headers: {
            "content-type": file.mediaType,
            "content-disposition": `${file.binary ? "attachment" : "inline"}; filename="${name}"`,
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
      const { FORMAT_FILES, exportKinds, exportStore } = yield* Effect.promise(() => import("@remit/export/formats"));
      const kinds = exportKinds(format, { ...(query.entity === undefined ? {} : { kind: query.entity }), filtered });
      if (!kinds.ok) return yield* Effect.fail(apiProblem("InvalidRequest", sentence(kinds.error.message)));
      const { entity: _entity, bom: _bom, ...filters } = q;
      const filter: ActivityFilter = kinds.value.includes("activity") ? yield* activityFilterOf(filters) : {};
      const chunks = yield* exportStore(format, kinds.value, filter, { bom: query.bom });
      const name = `remit-${kinds.value.length === 1 ? kinds.value[0] : "records"}.${FORMAT_FILES[format].extension}`;
      return {
        response: new Response(typeof chunks === "string" ? chunks : pulledBody(chunks), {
          headers: {
            "content-type": FORMAT_FILES[format].mediaType,
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
      const entries = readEntries(csv ? "csv" : "jsonl", chunks, options);
      const store = yield* Store;
      const report = yield* store
        .importRecords(entries, { actor: caller.actor, skipInvalid: query.skipInvalid })
        .pipe(Effect.mapError((error) => (counted.exceeded() ? tooLarge(limit) : error)));
      return { json: { ...report, problems: [...report.problems] } };
    }),
  );
}
