import {
  Store,
  checkSessionDiscussions,
  countriesInRegion,
  countryCodes,
  countryM49Code,
  countryName,
  explainSymbol,
  lineageView,
  mandateLineage,
  partiesAsOf,
  storeLanguageCompleteness,
  type AggregationActivityScope,
  type AggregationScope,
  type GroupBy,
} from "@remit/core";
import { Effect } from "effect";
import type { Hono } from "hono";
import type { ApiContext } from "../ApiContext";
import type { ApiEnv } from "../http/ApiEnv";
import { bind } from "../http/Bind";
import { apiProblem } from "../http/Problem";
import { activityFilterOf } from "./RecordHandlers";

function list(text: string | undefined): string[] | undefined {
  const items = text
    ?.split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
  return items === undefined || items.length === 0 ? undefined : items;
}

/**
 * The activities a scoped query asks for, read as `GET /activities` reads the same terms (the
 * mandate by id, symbol or citation; `from`/`to` as a period); none when no term is given.
 */
function activityScopeOf(terms: { readonly [term: string]: string | undefined }) {
  return Effect.gen(function* () {
    if (Object.values(terms).every((value) => value === undefined)) return undefined;
    const { mandateId, country, region, topic, kind, period } = yield* activityFilterOf(terms);
    const activities: AggregationActivityScope = {
      ...(mandateId === undefined ? {} : { mandateId }),
      ...(country === undefined ? {} : { country }),
      ...(region === undefined ? {} : { region }),
      ...(topic === undefined ? {} : { topic }),
      ...(kind === undefined ? {} : { kind }),
      ...(period === undefined ? {} : { period }),
    };
    return activities;
  });
}

/**
 * The scope of an aggregation its query asks for: its activities (see `activityScopeOf`), and
 * the figures of the same period; none when no term is given.
 */
function scopeOf(terms: { readonly [term: string]: string | undefined }) {
  return Effect.map(activityScopeOf(terms), (activities): AggregationScope | undefined =>
    activities === undefined
      ? undefined
      : { activities, ...(activities.period === undefined ? {} : { period: activities.period }) },
  );
}

/** Binds the operations that answer questions about the records (see the contract for each). */
export function bindQueries(app: Hono<ApiEnv>, api: ApiContext): void {
  bind(app, api, "getMandateLineage", ({ params, query }) =>
    Effect.map(mandateLineage(params.id, query.direction), (tree) => ({
      json: lineageView(tree, query.direction, [query.lang]),
    })),
  );

  bind(app, api, "getSessionCheck", ({ params }) =>
    checkSessionDiscussions(params.id).pipe(
      Effect.map((checks) => ({
        sessionId: checks[0]?.sessionId ?? params.id,
        discussions: checks.map(({ sessionId: _session, ...check }) => check),
      })),
      // A session that holds no thematic discussion answers with none, as a list would.
      Effect.catchTag("NoThematicDiscussion", (none) => Effect.succeed({ sessionId: none.sessionId, discussions: [] })),
      Effect.map((json) => ({ json })),
    ),
  );

  bind(app, api, "listBodySessions", ({ params }) =>
    Effect.gen(function* () {
      const store = yield* Store;
      return { json: { items: [...(yield* store.sessionsOf(params.id))] } };
    }),
  );

  bind(app, api, "getInstrumentParties", ({ params, query }) =>
    Effect.gen(function* () {
      const store = yield* Store;
      const instrument = (yield* store.get("instrument", params.id)).record;
      const measure = query.measure;
      const result = partiesAsOf(instrument, query.asOf, measure === undefined ? {} : { measure });
      const asked = { instrumentId: instrument.id, asOf: String(query.asOf) };
      return {
        json: result.ok
          ? {
              ...asked,
              found: true,
              count: result.value.count as unknown as Record<string, unknown>,
              countedAsOf: String(result.value.asOf),
              measure: result.value.measure,
              mayPostdate: result.value.mayPostdate,
              provenance: result.value.provenance as unknown as Record<string, unknown>[],
            }
          : { ...asked, found: false, reason: result.error.reason, message: result.error.message },
      };
    }),
  );

  bind(app, api, "listCountries", ({ query }) =>
    Effect.sync(() => {
      const codes = query.region === undefined ? countryCodes() : countriesInRegion(query.region);
      return {
        json: {
          items: [...codes]
            .sort()
            .map((code) => ({ code, name: countryName(code) ?? code, m49: countryM49Code(code) ?? "" })),
        },
      };
    }),
  );

  bind(app, api, "getReportsDue", ({ query }) =>
    Effect.gen(function* () {
      const store = yield* Store;
      const reports = yield* store.reportsDue(query.body, query.session, { includeDeferredAway: true });
      return { json: { bodyId: query.body, sessionNumber: query.session, reports } };
    }),
  );

  bind(app, api, "getLanguageCompleteness", () =>
    Effect.map(storeLanguageCompleteness(api.reportContent), (languages) => ({ json: { languages } })),
  );

  bind(app, api, "getAggregates", ({ query }) =>
    Effect.gen(function* () {
      const store = yield* Store;
      const regions = list(query.regions);
      if (query.by === "region" && regions === undefined)
        return yield* Effect.fail(
          apiProblem("InvalidRequest", "by=region needs regions=CODE,CODE (UN M49 codes, e.g. 035,013)."),
        );
      const by: GroupBy | undefined =
        query.by === undefined
          ? undefined
          : query.by === "region"
            ? { dimension: "region", regions: regions ?? [] }
            : { dimension: query.by };
      const indicatorIds = list(query.indicator);
      const { indicator: _indicator, bucket: _bucket, by: _by, regions: _regions, sources, ...terms } = query;
      const scope = yield* scopeOf(terms);
      const result = yield* store.aggregateObservations({
        bucket: query.bucket,
        ...(by === undefined ? {} : { by }),
        ...(indicatorIds === undefined ? {} : { indicatorIds }),
        ...(scope === undefined ? {} : { scope }),
        ...(sources ? { sources: true } : {}),
      });
      return { json: result };
    }),
  );

  bind(app, api, "countActivities", ({ query }) =>
    Effect.gen(function* () {
      const store = yield* Store;
      const { by, ...terms } = query;
      const scope = yield* activityScopeOf(terms);
      return { json: yield* store.countActivities({ facet: by, ...(scope === undefined ? {} : { scope }) }) };
    }),
  );

  bind(app, api, "explainSymbol", ({ params, query }) =>
    Effect.suspend(() => {
      const explained = explainSymbol(params.text, undefined, query.lang);
      if (explained.ok) {
        // The parts' meanings are worded in the language asked for; their data form is core's own.
        const parts = explained.parts.map(({ part, text, meaning }) => ({ part, text, meaning }));
        return Effect.succeed({ json: { ...explained, parts } });
      }
      const { kind, message, ...where } = explained.error;
      return Effect.fail(apiProblem(kind === "symbol" ? "InvalidSymbol" : "InvalidCitation", message, where));
    }),
  );
}
