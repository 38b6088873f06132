import { InMemoryStore, explainSymbol } from "@remit/core";
import { seedStoreWith } from "@remit/dataset";
import { Effect, Layer } from "effect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveApi, type RunningApi } from "../src/node";
import { jsonDepth } from "../src/http/JsonBody";
import { startApi, type TestApi } from "./ApiHarness";

describe("HTTP behaviour of the API", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi("sqlite", { publicReads: true });
  });
  afterAll(async () => api?.stop());

  it("answers a record with its revision as ETag, and 304 to a copy that is still current", async () => {
    const first = await api.call("/mandates/a-res-74-173");
    const etag = first.headers.get("etag");
    expect(etag).toBe('W/"1"');
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    const again = await api.call("/mandates/a-res-74-173", { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const list = await api.call("/activities?limit=3");
    const listTag = list.headers.get("etag")!;
    expect((await api.call("/activities?limit=3", { headers: { "if-none-match": listTag } })).status).toBe(304);
    expect((await api.call("/activities?limit=4", { headers: { "if-none-match": listTag } })).status).toBe(200);
  });

  it("compresses with brotli or gzip as asked, and says it varies", async () => {
    const br = await api.call("/activities?limit=50", { headers: { "accept-encoding": "br" } });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("vary")).toContain("Accept-Encoding");
    const gzip = await api.call("/activities?limit=50", { headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    const plain = await api.call("/activities?limit=50", { headers: { "accept-encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    const identical = await plain.json();
    expect(await br.json()).toEqual(identical);
    expect(await gzip.json()).toEqual(identical);
  });

  it("serves a kept page again with every header of the first answer, compressed as each caller asks", async () => {
    const ask = (encoding: string, id: string) =>
      api.call("/activities?limit=40&sort=start:desc", {
        headers: { "accept-encoding": encoding, "x-request-id": id },
      });
    const first = await ask("gzip", "first");
    const kept = await ask("gzip", "second");
    const plain = await ask("identity", "third");
    for (const [response, id] of [
      [first, "first"],
      [kept, "second"],
      [plain, "third"],
    ] as const) {
      expect(response.headers.get("x-request-id")).toBe(id);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
      expect(response.headers.get("vary")).toBe("Authorization, Accept-Encoding");
      expect(response.headers.get("cache-control")).toBe("public, no-cache");
      expect(response.headers.get("etag")).toBe(first.headers.get("etag"));
    }
    expect(kept.headers.get("content-encoding")).toBe("gzip");
    expect(plain.headers.get("content-encoding")).toBeNull();
    const page = await plain.json();
    expect(await first.json()).toEqual(page);
    expect(await kept.json()).toEqual(page);
    const notModified = await api.call("/activities?limit=40&sort=start:desc", {
      headers: { "if-none-match": first.headers.get("etag")! },
    });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("sends security headers and a request id, and keeps the caller's request id", async () => {
    const response = await api.call("/healthz", { headers: { "x-request-id": "trace-42" } });
    expect(response.headers.get("x-request-id")).toBe("trace-42");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const odd = await api.call("/healthz", { headers: { "x-request-id": "not a sane id!" } });
    expect(odd.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("refuses a write without If-Match (428), a stale one (412), and a body too large (413) or too deep (400)", async () => {
    const current = (await (await api.call("/bodies/ccpcj")).json()) as { record: object; revision: number };
    const put = (headers: Record<string, string>, body: string) =>
      api.call("/bodies/ccpcj", {
        role: "editor",
        method: "PUT",
        headers: { "content-type": "application/json", ...headers },
        body,
      });
    expect((await put({}, JSON.stringify(current.record))).status).toBe(428);
    const stale = await put({ "if-match": `"${current.revision + 1}"` }, JSON.stringify(current.record));
    expect(stale.status).toBe(412);
    expect(await stale.json()).toMatchObject({
      _tag: "RevisionConflict",
      expected: current.revision + 1,
      actual: current.revision,
    });
    expect((await put({ "if-match": "*" }, JSON.stringify(current.record))).status).toBe(400);
    expect(
      (
        await put(
          { "if-match": `"${current.revision}"` },
          JSON.stringify({ ...current.record, notes: "x".repeat(1_100_000) }),
        )
      ).status,
    ).toBe(413);
    const deep = `${"[".repeat(40)}${"]".repeat(40)}`;
    const tooDeep = await put({ "if-match": `"${current.revision}"` }, deep);
    expect(tooDeep.status).toBe(400);
    expect(await tooDeep.json()).toMatchObject({ _tag: "InvalidRequest" });
    const wrongType = await put({ "if-match": `"${current.revision}"`, "content-type": "text/plain" }, "{}");
    expect(wrongType.status).toBe(415);
    expect((await (await api.call("/bodies/ccpcj")).json()) as object).toMatchObject({ revision: current.revision });
  });

  it("names every problem of an invalid record with its field path", async () => {
    const current = (await (await api.call("/bodies/ccpcj")).json()) as { record: object; revision: number };
    const response = await api.call("/bodies/ccpcj", {
      role: "editor",
      method: "PUT",
      headers: { "content-type": "application/json", "if-match": `"${current.revision}"` },
      body: JSON.stringify({ ...current.record, kind: "club", name: {} }),
    });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = (await response.json()) as { _tag: string; problems: { path: unknown[] }[] };
    expect(problem._tag).toBe("InvalidRecord");
    expect(problem.problems.map((item) => item.path)).toEqual(expect.arrayContaining([["kind"], ["name"]]));
  });

  it("refuses a page larger than the limit and a cursor from another query", async () => {
    expect((await api.call("/activities?limit=1001")).status).toBe(400);
    const page = (await (await api.call("/activities?limit=2")).json()) as { nextCursor: string };
    const cursor = encodeURIComponent(page.nextCursor);
    expect((await api.call(`/activities?limit=2&cursor=${cursor}`)).status).toBe(200);
    const other = await api.call(`/activities?limit=2&topic=cryptocurrency&cursor=${cursor}`);
    expect(other.status).toBe(400);
    expect(await other.json()).toMatchObject({ _tag: "InvalidCursor" });
  });

  it("serves the reference page and its assets itself, and the document", async () => {
    const page = await api.call("/docs");
    const html = await page.text();
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(sources.every((source) => source?.startsWith("/docs/"))).toBe(true);
    for (const source of sources) expect((await api.call(source!)).status, source).toBe(200);
    const document = (await (await api.call("/openapi.json")).json()) as { openapi: string };
    expect(document.openapi).toBe("3.1.1");
  });

  it("explains a symbol part by part as core does, and says where an invalid one goes wrong (422)", async () => {
    const answer = await api.call(`/symbols/${encodeURIComponent("A/RES/74/173")}`);
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { symbol: string; parts: { part: string; text: string }[] };
    const core = explainSymbol("A/RES/74/173");
    const parts = core.ok ? core.parts.map(({ part, text, meaning }) => ({ part, text, meaning })) : [];
    expect(body).toEqual(JSON.parse(JSON.stringify({ ...core, parts })));
    expect(body.parts.map((part) => part.text)).toContain("RES");
    const cited = await api.call(`/symbols/${encodeURIComponent("CCPCJ resolution 22/8")}`);
    expect(await cited.json()).toMatchObject({
      citation: "Commission on Crime Prevention and Criminal Justice resolution 22/8",
    });
    const wrong = await api.call(`/symbols/${encodeURIComponent("A/RES/74 /173")}`);
    expect(wrong.status).toBe(422);
    const problem = (await wrong.json()) as { type: string; offset: number; reason: string };
    expect(problem.offset).toBe(8);
    expect(problem.reason).not.toBe("");
  });

  it("explains and refuses a symbol in the language asked for (?lang=)", async () => {
    const arabic = await api.call(`/symbols/${encodeURIComponent("A/RES/74/173")}?lang=ar`);
    const explained = (await arabic.json()) as { citation: string; parts: { meaning: string }[] };
    expect(explained.citation).toBe("قرار الجمعية العامة 74/173");
    expect(explained.parts.map((part) => part.meaning)).toContain("الدورة الرابعة والسبعون للجمعية العامة");
    const chinese = await api.call(`/symbols/${encodeURIComponent("E/RES/1296 (XLIV)")}?lang=zh`);
    expect(((await chinese.json()) as { parts: { meaning: string }[] }).parts.map((part) => part.meaning)).toContain(
      "经济及社会理事会第四十四届会议通过",
    );
    const russian = await api.call(`/symbols/${encodeURIComponent("A/624/123")}?lang=ru`);
    expect(russian.status).toBe(422);
    const problem = (await russian.json()) as { detail?: string; reason: string };
    expect(problem.reason).toContain("у Генеральной Ассамблеи не было 624-й сессии");
    expect((await api.call(`/symbols/${encodeURIComponent("A/RES/74/173")}?lang=de`)).status).toBe(400);
  });

  it("lists per official language what the report and the stored texts lack (the seeded store lacks nothing)", async () => {
    const answer = await api.call("/languages");
    expect(answer.status).toBe(200);
    const { languages } = (await answer.json()) as {
      languages: { language: string; reportTemplates: boolean; recordTexts: { total: number; present: number } }[];
    };
    expect(languages.map((row) => row.language)).toEqual(["ar", "zh", "en", "fr", "ru", "es"]);
    for (const row of languages) {
      expect(row.reportTemplates).toBe(true);
      expect(row.recordTexts.total).toBeGreaterThan(300);
      expect(row.recordTexts.present).toBe(row.recordTexts.total);
    }
  });

  it("counts the depth of JSON outside its strings", () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[["}]}')).toBe(3);
    expect(jsonDepth('"\\"{"')).toBe(0);
  });
});

describe("settings of the API", () => {
  let running: RunningApi;
  const lines: string[] = [];
  beforeAll(async () => {
    const store = InMemoryStore.layer();
    running = await serveApi({
      store: Layer.effectDiscard(Effect.void).pipe(
        Layer.provideMerge(store),
        Layer.tap((context) => Effect.asVoid(seedStoreWith().pipe(Effect.provide(context)))),
      ),
      port: 0,
      auth: { publicReads: true },
      corsOrigins: ["https://app.example.org"],
      log: (line) => lines.push(line),
      limits: { importBytes: 200 },
    });
  });
  afterAll(async () => running?.close());

  it("allows the listed origins only (CORS)", async () => {
    const allowed = await fetch(`${running.url}/activities`, { headers: { origin: "https://app.example.org" } });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://app.example.org");
    expect(allowed.headers.get("access-control-expose-headers")).toContain("ETag");
    const other = await fetch(`${running.url}/activities`, { headers: { origin: "https://elsewhere.example.com" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await fetch(`${running.url}/activities/x`, {
      method: "OPTIONS",
      headers: {
        origin: "https://app.example.org",
        "access-control-request-method": "PATCH",
        "access-control-request-headers": "if-match",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("if-match");
  });

  it("logs one JSON line per request, with its id, status and caller", async () => {
    lines.length = 0;
    await fetch(`${running.url}/activities?limit=1`, { headers: { "x-request-id": "log-check" } });
    const line = JSON.parse(lines.find((entry) => entry.includes("log-check")) ?? "{}") as Record<string, unknown>;
    expect(line).toMatchObject({
      requestId: "log-check",
      method: "GET",
      path: "/activities",
      status: 200,
      actor: "anonymous",
      level: "info",
    });
    expect(typeof line.ms).toBe("number");
  });
});
