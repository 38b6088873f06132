import {
  Store,
  listAll,
  buildLineageGraph,
  checkDecision18_1,
  countriesInRegion,
  countryCodes,
  countryM49Code,
  countryName,
  descendantsOf,
  explainSymbol,
  formatMandateLink,
  lineageOf,
  mandateLabel,
  partiesAsOf,
  storeLanguageCompleteness,
  type Decision18_1Finding,
  type GroupBy,
  type LineageBranch,
  type LineageTree,
} from "@remit/core";
import { Effect } from "effect";
import type { Hono } from "hono";
import type { ApiContext } from "../ApiContext";
import type { LineageNodeShape } from "../contract/QueryOperations";
import type { ApiEnv } from "../http/ApiEnv";
import { bind } from "../http/Bind";
import { apiProblem } from "../http/Problem";
import { findMandate } from "./MandateLookup";

function nodeOf(tree: LineageTree): LineageNodeShape {
  const { mandate } = tree;
  return {
    id: mandate.id,
    label: mandateLabel(mandate),
    ...(mandate.adoptedOn === undefined ? {} : { adoptedOn: String(mandate.adoptedOn) }),
    ...(mandate.title === undefined ? {} : { title: mandate.title }),
    branches: tree.branches.map(branchOf),
  };
}

function branchOf(branch: LineageBranch): LineageNodeShape["branches"][number] {
  switch (branch.kind) {
    case "mandate":
      return { relation: branch.relation, kind: "mandate", mandate: nodeOf(branch.tree) };
    case "unresolved":
      return { relation: branch.relation, kind: "unresolved", target: formatMandateLink(branch.edge.target) };
    case "cycle":
      return { relation: branch.relation, kind: "cycle", mandateId: branch.mandateId };
  }
}

function counts(findings: readonly Decision18_1Finding[]) {
  const count = (status: Decision18_1Finding["status"]) =>
    findings.filter((finding) => finding.status === status).length;
  return { ok: count("ok"), violation: count("violation"), unknown: count("unknown") };
}

function list(text: string | undefined): string[] | undefined {
  const items = text
    ?.split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
  return items === undefined || items.length === 0 ? undefined : items;
}

/** Binds the operations that answer questions about the records (see the contract for each). */
export function bindQueries(app: Hono<ApiEnv>, api: ApiContext): void {
  bind(app, api, "getMandateLineage", ({ params, query }) =>
    Effect.gen(function* () {
      const mandate = yield* findMandate(params.id);
      const graph = buildLineageGraph((yield* listAll("mandate")).map((stored) => stored.record));
      const result =
        query.direction === "descendants"
          ? descendantsOf(graph, mandate.record.id)
          : lineageOf(graph, mandate.record.id);
      if (!result.ok) return yield* Effect.fail(apiProblem("LineageNotFound", result.error.message));
      return { json: nodeOf(result.tree) };
    }),
  );

  bind(app, api, "getSessionCheck", ({ params }) =>
    Effect.gen(function* () {
      const store = yield* Store;
      const discussions = (yield* listAll("thematicDiscussion")).map((stored) => stored.record);
      const named = discussions.find((discussion) => discussion.id === params.id);
      const session = (yield* store.get("session", named?.sessionId ?? params.id)).record;
      const held =
        named === undefined ? discussions.filter((discussion) => discussion.sessionId === session.id) : [named];
      return {
        json: {
          sessionId: session.id,
          discussions: held.map((discussion) => {
            const findings = checkDecision18_1(discussion, session);
            return { discussionId: discussion.id, findings, counts: counts(findings) };
          }),
        },
      };
    }),
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
              count: result.count as unknown as Record<string, unknown>,
              countedAsOf: String(result.asOf),
              measure: result.measure,
              mayPostdate: result.mayPostdate,
              provenance: result.provenance as unknown as Record<string, unknown>[],
            }
          : { ...asked, found: false, reason: result.reason, message: result.message },
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
    Effect.map(storeLanguageCompleteness, (languages) => ({ json: { languages } })),
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
      const result = yield* store.aggregateObservations({
        bucket: query.bucket,
        ...(by === undefined ? {} : { by }),
        ...(indicatorIds === undefined ? {} : { indicatorIds }),
      });
      return { json: result as never };
    }),
  );

  bind(app, api, "explainSymbol", ({ params }) =>
    Effect.suspend(() => {
      const explained = explainSymbol(params.text);
      if (explained.ok) return Effect.succeed({ json: explained });
      const { kind, message, ...where } = explained.error;
      return Effect.fail(apiProblem(kind === "symbol" ? "InvalidSymbol" : "InvalidCitation", message, where));
    }),
  );
}
