import { aggregate, compareActivities, countActivitiesByFacet, everyPage } from "@remit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, type RemitClient } from "../src/client";
import { BACKENDS, startApi, type TestApi } from "./ApiHarness";

/** A file answer: a Response (duck-typed: @hono/node-server swaps the global Response class in this process). */
function isFile(value: unknown): value is Response {
  return typeof value === "object" && value !== null && typeof (value as Response).arrayBuffer === "function";
}

/** The value of a client answer, or the error thrown. */
async function valueOf<T>(
  answer: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
): Promise<T> {
  const got = await answer;
  if (!got.ok) throw new Error(got.error.message);
  return got.value;
}

describe.each(BACKENDS)("the typed client, end to end on %s", (backend) => {
  let api: TestApi;
  let remit: RemitClient;
  let reader: RemitClient;
  beforeAll(async () => {
    api = await startApi(backend, { limits: { importBytes: 64 * 1024 } });
    remit = createClient({ baseUrl: api.url, token: api.tokens.editor });
    reader = createClient({ baseUrl: api.url, token: () => api.tokens.viewer });
  });
  afterAll(async () => api?.stop());

  it("lists activities with the filters of `remit list`, page by page", async () => {
    const first = await reader.listActivities({ query: { topic: "cryptocurrency", limit: 2 } });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.items.length).toBeGreaterThan(0);
    for (const item of first.value.items) expect(item.record.topics).toContain("cryptocurrency");
    const byMandate = await reader.listActivities({
      query: { mandate: "GA resolution 74/173", from: "2020", to: "2020" },
    });
    expect(byMandate.ok && byMandate.value.items.every((item) => item.record.mandateIds.includes("a-res-74-173"))).toBe(
      true,
    );
    const wrong = await reader.listActivities({ query: { country: "XXX" } });
    expect(!wrong.ok && wrong.error).toMatchObject({ _tag: "InvalidRequest", status: 400 });
  });

  it("sorts activities as core compares them, page by page, and refuses a cursor of another order", async () => {
    const pages = (sort: "start:desc" | "title") =>
      everyPage((cursor) =>
        valueOf(reader.listActivities({ query: { topic: "cryptocurrency", sort, limit: 3, cursor } })),
      );
    const byStart = await pages("start:desc");
    const records = byStart.map((item) => item.record);
    expect(records.length).toBeGreaterThan(3);
    expect(records.map((record) => record.id)).toEqual(
      [...records].sort(compareActivities({ by: "start", direction: "desc" })).map((record) => record.id),
    );
    const byTitle = await pages("title");
    expect(new Set(byTitle.map((item) => item.record.id))).toEqual(new Set(records.map((record) => record.id)));
    const first = await valueOf(reader.listActivities({ query: { sort: "start:desc", limit: 2 } }));
    const other = await reader.listActivities({ query: { sort: "title:desc", limit: 2, cursor: first.nextCursor } });
    expect(!other.ok && other.error).toMatchObject({ _tag: "InvalidCursor", status: 400 });
    const unknown = await api.call("/activities?sort=people", { role: "viewer" });
    expect(unknown.status).toBe(400);
  });

  it("aggregates a mandate's figures of a year as core does over its listed activities and their figures", async () => {
    const [activities, observations, indicators] = await Promise.all([
      everyPage((cursor) =>
        valueOf(
          reader.listActivities({ query: { mandate: "a-res-74-173", from: "2020", to: "2020", limit: 1000, cursor } }),
        ),
      ),
      everyPage((cursor) =>
        valueOf(reader.listObservations({ query: { from: "2020", to: "2020", limit: 1000, cursor } })),
      ),
      everyPage((cursor) => valueOf(reader.listIndicators({ query: { limit: 1000, cursor } }))),
    ]);
    const mine = new Map(activities.map((stored) => [stored.record.id, stored.record]));
    const figures = observations
      .map((stored) => stored.record)
      .filter((observation) => observation.activityIds.some((id) => mine.has(id)));
    expect(figures.length).toBeGreaterThan(0);
    const expected = aggregate(figures, {
      indicators: indicators.map((stored) => stored.record),
      bucket: "year",
      by: { dimension: "region", regions: ["002", "019"] },
      activities: mine,
    });
    const scoped = await reader.getAggregates({
      query: { mandate: "A/RES/74/173", from: "2020", to: "2020", by: "region", regions: "002,019" },
    });
    if (!scoped.ok) throw new Error(scoped.error.message);
    expect(scoped.value.cells).toEqual(JSON.parse(JSON.stringify(expected.cells)));
    expect(scoped.value.cells.every((cell) => cell.sources === undefined)).toBe(true);
    const sourced = await reader.getAggregates({
      query: { mandate: "A/RES/74/173", from: "2020", to: "2020", by: "region", regions: "002,019", sources: "true" },
    });
    if (!sourced.ok) throw new Error(sourced.error.message);
    const withSources = aggregate(figures, {
      indicators: indicators.map((stored) => stored.record),
      bucket: "year",
      by: { dimension: "region", regions: ["002", "019"] },
      activities: mine,
      sources: true,
    });
    expect(sourced.value.cells).toEqual(JSON.parse(JSON.stringify(withSources.cells)));
    const unknown = await reader.getAggregates({ query: { mandate: "A/RES/74/999" } });
    expect(!unknown.ok && unknown.error).toMatchObject({ _tag: "NotFound", status: 404 });
  });

  it("counts a mandate's activities of a year by topic, kind and country as core does over the listed activities", async () => {
    const scope = { mandate: "GA resolution 74/173", from: "2020", to: "2020" };
    const listed = await everyPage((cursor) =>
      valueOf(reader.listActivities({ query: { ...scope, limit: 1000, cursor } })),
    );
    expect(listed.length).toBeGreaterThan(0);
    for (const facet of ["topic", "kind", "country", "region"] as const) {
      const counted = await valueOf(reader.countActivities({ query: { ...scope, by: facet } }));
      expect(counted).toEqual(
        countActivitiesByFacet(
          listed.map((stored) => stored.record),
          { facet },
        ),
      );
    }
    const unknown = await reader.countActivities({ query: { by: "kind", mandate: "A/RES/74/999" } });
    expect(!unknown.ok && unknown.error).toMatchObject({ _tag: "NotFound", status: 404 });
  });

  it("finds a mandate by id, symbol or citation, and answers its lineage and the reports due", async () => {
    for (const id of ["a-res-74-173", "A/RES/74/173", "GA resolution 74/173"]) {
      const got = await reader.getMandate({ params: { id } });
      expect(got.ok && got.value.record.id, id).toBe("a-res-74-173");
    }
    const lineage = await reader.getMandateLineage({ params: { id: "A/RES/74/173" } });
    expect(lineage.ok && lineage.value.branches.length).toBeGreaterThan(0);
    const inFrench = await reader.getMandateLineage({
      params: { id: "A/RES/65/230" },
      query: { direction: "descendants", lang: "fr" },
    });
    if (!inFrench.ok) throw new Error(inFrench.error.message);
    const doha = inFrench.value.branches.find(
      (branch) => branch.kind === "mandate" && branch.mandate.id === "doha-declaration",
    );
    expect(doha).toMatchObject({ reads: "actualisé par", mandate: { labelLanguage: "fr" } });
    expect(doha?.kind === "mandate" && doha.mandate.label).toMatch(/^Déclaration de Doha/);
    const due = await reader.getReportsDue({ query: { body: "ccpcj", session: 30 } });
    if (!due.ok) throw new Error(due.error.message);
    const report = due.value.reports.find((item) => item.mandate.id === "a-res-74-173");
    expect(report).toMatchObject({ disposition: "due", dueSession: { sessionNumber: 30 } });
    expect(report?.deferrals.map((deferral) => [deferral.fromSession, deferral.toSession])).toEqual([[29, 30]]);
    const missing = await reader.getMandate({ params: { id: "A/RES/74/999" } });
    expect(!missing.ok && missing.error).toMatchObject({ _tag: "NotFound", status: 404 });
  });

  it("creates, changes and deletes a record with preconditions, and reports errors as core's tagged values", async () => {
    const body = {
      id: "ccpcj-bureau",
      name: { en: "Extended Bureau of the CCPCJ" },
      kind: "office" as const,
      parentId: "ccpcj",
    };
    const created = await remit.putBody({ params: { id: body.id }, body, create: true });
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value).toMatchObject({ revision: 1, updatedBy: "token:editor-token" });
    expect(created.etag).toBe('W/"1"');
    const again = await remit.putBody({ params: { id: body.id }, body, create: true });
    expect(!again.ok && again.error).toMatchObject({
      _tag: "RevisionConflict",
      status: 412,
      expected: "absent",
      actual: 1,
    });
    const patched = await remit.patchBody({ params: { id: body.id }, body: { acronym: "Bureau" }, revision: 1 });
    expect(patched.ok && patched.value.record.acronym).toBe("Bureau");
    const invalid = await remit.patchBody({ params: { id: body.id }, body: { kind: "club" }, revision: 2 });
    expect(!invalid.ok && invalid.error).toMatchObject({
      _tag: "InvalidRecord",
      status: 422,
      problems: [expect.objectContaining({ path: ["kind"] })],
    });
    const viewerWrite = await reader.deleteBody({ params: { id: body.id }, revision: 2 });
    expect(!viewerWrite.ok && viewerWrite.error).toMatchObject({ _tag: "Forbidden", status: 403 });
    const deleted = await remit.deleteBody({ params: { id: body.id }, revision: 2 });
    expect(deleted).toMatchObject({ ok: true, status: 204 });
    const history = await reader.getBodyHistory({ params: { id: body.id } });
    expect(history.ok && history.value.items.map((entry) => entry.action)).toEqual(["create", "update", "delete"]);
  });

  it("imports JSON Lines all or nothing, locating every bad record, and CSV with a kind", async () => {
    const good = JSON.stringify({
      id: "unodc-test-programme",
      name: { en: "A programme for the tests" },
      kind: "programme",
      parentId: "unodc",
    });
    const rejected = await remit.postImport({
      query: { kind: "body" },
      body: `${good}\n{"id":"Bad Id","name":{}}\nnot json\n`,
      contentType: "application/x-ndjson",
    });
    if (rejected.ok) throw new Error("a bad import was accepted");
    expect(rejected.error).toMatchObject({ _tag: "ImportRejected", status: 422, read: 3 });
    const lines = (rejected.error.problems as { line: number }[]).map((problem) => problem.line);
    expect(new Set(lines)).toEqual(new Set([2, 3]));
    expect((await reader.getBody({ params: { id: "unodc-test-programme" } })).ok).toBe(false);
    const imported = await remit.postImport({
      query: { kind: "body" },
      body: `${good}\n`,
      contentType: "application/x-ndjson",
    });
    expect(imported).toMatchObject({ ok: true, value: { read: 1, written: 1, rejected: 0 } });
    const twice = await remit.postImport({
      query: { kind: "body" },
      body: `${good}\n`,
      contentType: "application/x-ndjson",
    });
    expect(twice).toMatchObject({ ok: true, value: { written: 0, unchanged: 1 } });
    const csv = await reader.getExport({ params: { format: "csv" }, query: { entity: "body" } });
    if (!csv.ok || !isFile(csv.value)) throw new Error("no CSV export");
    const back = await remit.postImport({
      query: { kind: "body" },
      body: await csv.value.text(),
      contentType: "text/csv",
    });
    expect(back.ok && back.value.rejected).toBe(0);
    const large = await remit.postImport({
      query: { kind: "body" },
      body: `${good}\n`.repeat(1000),
      contentType: "application/x-ndjson",
    });
    expect(!large.ok && large.error).toMatchObject({ _tag: "PayloadTooLarge", status: 413 });
  });

  it("streams exports and renders the report", async () => {
    const iati = await reader.getExport({ params: { format: "iati" }, query: { topic: "cryptocurrency" } });
    if (!iati.ok || !isFile(iati.value)) throw new Error(`no IATI export: ${JSON.stringify(iati)}`);
    expect(iati.value.headers.get("content-type")).toContain("application/xml");
    const xml = await iati.value.text();
    expect(xml).toContain('<iati-activities version="2.03"');
    expect(xml.match(/<iati-activity[ >]/g)?.length).toBeGreaterThan(0);
    const report = await reader.getReport({ params: { mandate: "A/RES/74/173" }, query: { period: "2020" } });
    if (!report.ok || isFile(report.value)) throw new Error("no JSON report");
    expect(report.value.language).toBe("en");
    const docx = await reader.getReport({
      params: { mandate: "A/RES/74/173" },
      query: { period: "2020", format: "docx" },
    });
    expect(docx.ok && isFile(docx.value) && docx.value.headers.get("content-type")).toContain("wordprocessingml");
  });

  it("says when the server cannot be reached", async () => {
    const nowhere = createClient({ baseUrl: "http://127.0.0.1:9" });
    const result = await nowhere.getHealth();
    expect(!result.ok && result.error).toMatchObject({ _tag: "NetworkError", status: 0 });
  });
});
