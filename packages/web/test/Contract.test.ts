import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, startApi, type TestApi } from "./ApiHarness";
import { OpenApiValidator } from "./OpenApiValidator";

const KIND_PATHS = [
  "activities",
  "observations",
  "indicators",
  "mandates",
  "sessions",
  "discussions",
  "instruments",
  "bodies",
];

interface Call {
  readonly path: string;
  readonly init?: RequestInit & { role?: "viewer" | "editor" | "admin" };
}

/** A path with its parameters filled and URL-encoded. */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ""));
}

describe.each(BACKENDS)("every operation of the OpenAPI document, on %s", (backend) => {
  let api: TestApi;
  let validator: OpenApiValidator;
  const called = new Set<string>();
  const problems: string[] = [];

  beforeAll(async () => {
    api = await startApi(backend);
    validator = new OpenApiValidator((await (await api.call("/openapi.json")).json()) as Record<string, unknown>);
  });
  afterAll(async () => api?.stop());

  async function run(operationId: string, call: Call): Promise<Response> {
    const response = await api.call(call.path, { role: "admin", ...call.init });
    called.add(operationId);
    problems.push(...(await validator.check(operationId, response.clone())));
    return response;
  }

  async function first(kindPath: string): Promise<{ record: { id: string }; revision: number }> {
    const page = (await (await api.call(`/${kindPath}?limit=1`, { role: "viewer" })).json()) as {
      items: { record: { id: string }; revision: number }[];
    };
    const item = page.items[0];
    if (item === undefined) throw new Error(`the dataset has no ${kindPath}`);
    return item;
  }

  /** The live session operations; the event stream never ends, so its head is checked and the stream dropped. */
  async function runLive(): Promise<void> {
    const live = "/discussions/ccpcj-20-thematic-discussion/live";
    const state = (await (await run("getLiveSession", { path: live })).json()) as { revision: number };
    await run("getLiveSession", { path: "/discussions/no-such-discussion/live" }); // 404
    const post = (body: unknown, revision: number): Call => ({
      path: live,
      init: {
        method: "POST",
        headers: { "content-type": "application/json", "if-match": `"${revision}"` },
        body: JSON.stringify(body),
      },
    });
    await run("postLiveAction", post({ action: "add", speaker: { kind: "intervention" } }, state.revision));
    await run("postLiveAction", post({ action: "pause" }, state.revision + 1)); // 409: nothing runs
    await run("postLiveAction", post({ action: "stop" }, state.revision)); // 412: stale
    await run("postLiveAction", post({ action: "jump" }, state.revision + 1)); // 400: no such action
    const controller = new AbortController();
    const stream = await api.call(`${live}/events`, { role: "admin", signal: controller.signal });
    called.add("streamLiveSession");
    problems.push(
      ...(await validator.check(
        "streamLiveSession",
        new Response(null, { status: stream.status, headers: stream.headers }),
      )),
    );
    controller.abort();
    await run("streamLiveSession", { path: "/discussions/no-such-discussion/live/events" }); // 404
  }

  it("refuses an answer the document does not describe (the check can fail)", async () => {
    const json = { "content-type": "application/json" };
    expect(
      await validator.check("getHealth", new Response('{"status":"bad"}', { status: 200, headers: json })),
    ).not.toEqual([]);
    expect(await validator.check("getHealth", new Response("{}", { status: 418, headers: json }))).not.toEqual([]);
    const stored = { kind: "body", revision: 0, createdAt: "", updatedAt: "", updatedBy: "", record: { id: "x" } };
    expect(
      await validator.check("getBody", new Response(JSON.stringify(stored), { status: 200, headers: json })),
    ).not.toEqual([]);
  });

  it("answers each operation as the document says, on success and on error", async () => {
    for (const kindPath of KIND_PATHS) {
      const ids = validator.operationIds().filter((id) => validator.operation(id).path.startsWith(`/${kindPath}`));
      const one = (suffix: string) => ids.find((id) => validator.operation(id).path === `/${kindPath}${suffix}`);
      const byMethod = (method: string, suffix: string) =>
        ids.find(
          (id) => validator.operation(id).path === `/${kindPath}${suffix}` && validator.operation(id).method === method,
        );
      const sample = await first(kindPath);
      const path = `/${kindPath}/${encodeURIComponent(sample.record.id)}`;
      await run(one("")!, { path: `/${kindPath}?limit=2` });
      await run(one("")!, { path: `/${kindPath}?limit=5000` }); // 400: over the page size
      await run(byMethod("get", "/{id}")!, { path });
      await run(byMethod("get", "/{id}")!, { path: `/${kindPath}/no-such-record` }); // 404
      await run(one("/{id}/history")!, { path: `${path}/history` });
      const current = (await (await api.call(path, { role: "viewer" })).json()) as {
        record: { id: string };
        revision: number;
      };
      await run(byMethod("put", "/{id}")!, {
        path,
        init: {
          method: "PUT",
          headers: { "content-type": "application/json", "if-match": `"${current.revision}"` },
          body: JSON.stringify(current.record),
        },
      });
      await run(byMethod("put", "/{id}")!, {
        path,
        init: { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(current.record) },
      }); // 428
      await run(byMethod("put", "/{id}")!, {
        path,
        init: {
          method: "PUT",
          headers: { "content-type": "application/json", "if-match": `"${current.revision}"` },
          body: JSON.stringify({ id: current.record.id }),
        },
      }); // 422
      await run(byMethod("patch", "/{id}")!, {
        path,
        init: {
          method: "PATCH",
          headers: { "content-type": "application/merge-patch+json", "if-match": `"${current.revision}"` },
          body: "{}",
        },
      });
      await run(byMethod("patch", "/{id}")!, {
        path,
        init: {
          method: "PATCH",
          headers: { "content-type": "application/merge-patch+json", "if-match": `"${current.revision + 7}"` },
          body: "{}",
        },
      }); // 412
      const copyId = `${current.record.id.slice(0, 100)}-copy`;
      const copyPath = `/${kindPath}/${encodeURIComponent(copyId)}`;
      const created = await api.call(copyPath, {
        role: "editor",
        method: "PUT",
        headers: { "content-type": "application/json", "if-none-match": "*" },
        body: JSON.stringify({
          ...current.record,
          id: copyId,
          ...(kindPath === "mandates"
            ? { symbol: String((current.record as { symbol?: string }).symbol).replace(/\d+$/, "999") }
            : {}),
        }),
      });
      const copy = (await created.json()) as { revision: number };
      expect(created.status, JSON.stringify(copy)).toBe(200);
      await run(byMethod("delete", "/{id}")!, {
        path: copyPath,
        init: { method: "DELETE", headers: { "if-match": `"${copy.revision}"` } },
      });
      await run(byMethod("delete", "/{id}")!, {
        path: copyPath,
        init: { method: "DELETE", headers: { "if-match": `"${copy.revision}"` } },
      }); // 404
    }
    const instrument = await first("instruments");
    const calls: [string, Call][] = [
      ["getHealth", { path: "/healthz" }],
      ["getReadiness", { path: "/readyz" }],
      ["getMandateLineage", { path: fill("/mandates/{id}/lineage", { id: "A/RES/74/173" }) }],
      ["getMandateLineage", { path: fill("/mandates/{id}/lineage?direction=descendants", { id: "A/RES/65/230" }) }],
      [
        "getMandateLineage",
        { path: fill("/mandates/{id}/lineage?direction=descendants&lang=ar", { id: "A/RES/65/230" }) },
      ],
      ["getSessionCheck", { path: "/sessions/ccpcj-20/decision-18-1" }],
      ["listBodySessions", { path: "/bodies/ccpcj/sessions" }],
      ["getInstrumentParties", { path: `/instruments/${instrument.record.id}/parties?asOf=2011` }],
      ["getInstrumentParties", { path: `/instruments/${instrument.record.id}/parties` }], // 400: asOf missing
      ["listCountries", { path: "/countries?region=035" }],
      ["getReportsDue", { path: "/reports-due?body=CCPCJ&session=30" }],
      ["getReportsDue", { path: "/reports-due?body=ccpcj&session=29" }],
      ["getAggregates", { path: "/aggregates?by=country" }],
      ["getAggregates", { path: "/aggregates?by=region&regions=035,013&bucket=year" }],
      ["getAggregates", { path: "/aggregates?mandate=A%2FRES%2F74%2F173&from=2020&to=2020&topic=cryptocurrency" }],
      ["countActivities", { path: "/activity-counts?by=topic&mandate=A%2FRES%2F74%2F173&from=2020&to=2020" }],
      ["countActivities", { path: "/activity-counts?by=country" }],
      ["countActivities", { path: "/activity-counts?by=region&region=419" }],
      ["countActivities", { path: "/activity-counts?by=partner" }], // 400
      ["getLanguageCompleteness", { path: "/languages" }],
      ["explainSymbol", { path: fill("/symbols/{text}", { text: "A/RES/74/173" }) }],
      ["explainSymbol", { path: fill("/symbols/{text}", { text: "CCPCJ resolution 22/8" }) }],
      ["explainSymbol", { path: fill("/symbols/{text}", { text: "A/624/123" }) }], // 422
      ["getReport", { path: fill("/reports/{mandate}?period=2020", { mandate: "A/RES/74/173" }) }],
      [
        "getReport",
        { path: fill("/reports/{mandate}?period=2020&format=html&lang=zh", { mandate: "GA resolution 74/173" }) },
      ],
      ["getReport", { path: fill("/reports/{mandate}?period=2020&format=docx", { mandate: "a-res-74-173" }) }],
      ["getReport", { path: fill("/reports/{mandate}?period=twenty", { mandate: "A/RES/74/173" }) }], // 422
      ["getExport", { path: "/exports/csv?topic=cryptocurrency" }],
      ["getExport", { path: "/exports/xlsx" }],
      ["getExport", { path: "/exports/json" }],
      ["getExport", { path: "/exports/jsonl?entity=mandate" }],
      ["getExport", { path: "/exports/iati" }],
      ["getExport", { path: "/exports/ics" }],
      ["getExport", { path: "/exports/ics?entity=activity" }], // 400
      [
        "postImport",
        {
          path: "/imports?kind=body",
          init: { method: "POST", headers: { "content-type": "application/x-ndjson" }, body: "" },
        },
      ],
      [
        "postImport",
        {
          path: "/imports?kind=body",
          init: { method: "POST", headers: { "content-type": "application/x-ndjson" }, body: '{"id":"x"}\nnot json\n' },
        },
      ], // 422
      ["listTokens", { path: "/tokens" }],
      [
        "createToken",
        {
          path: "/tokens",
          init: {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ name: "contract", role: "viewer" }),
          },
        },
      ],
      [
        "createToken",
        {
          path: "/tokens",
          init: {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ name: "contract", role: "viewer" }),
          },
        },
      ], // 409
      ["revokeToken", { path: "/tokens/contract", init: { method: "DELETE" } }],
      ["revokeToken", { path: "/tokens/contract", init: { method: "DELETE" } }], // 404
    ];
    for (const [operationId, call] of calls) await run(operationId, call);
    await runLive();
    expect(problems).toEqual([]);
    expect(validator.operationIds().filter((id) => !called.has(id))).toEqual([]);
  });
});
