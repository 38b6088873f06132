import { InMemoryStore, type Report } from "@remit/core";
import { CYBERCRIME_REPORT_CONTENT, REPORT_2021_NARRATIVES, reportContentFor, seedStoreWith } from "@remit/dataset";
import { Effect, Layer } from "effect";
import { afterAll, describe, expect, it } from "vitest";
import { createApi, type ApiOptions, type RemitApi } from "../src";

/** An API over the seeded records, with the options a composition root chooses. */
function seededApi(options: Partial<ApiOptions> = {}): RemitApi {
  const store = Layer.effectDiscard(Effect.void).pipe(
    Layer.provideMerge(InMemoryStore.layer()),
    Layer.tap((context) => Effect.asVoid(seedStoreWith().pipe(Effect.provide(context)))),
  );
  return createApi({ store, auth: { publicReads: true }, ...options });
}

function reportResponse(api: RemitApi, mandate: string): Promise<Response> {
  return Promise.resolve(api.request(`/reports/${encodeURIComponent(mandate)}?period=2020`));
}

async function reportOn74_173(api: RemitApi): Promise<Report> {
  const response = await reportResponse(api, "A/RES/74/173");
  expect(response.status).toBe(200);
  return (await response.json()) as Report;
}

const narrativeIds = Object.keys(REPORT_2021_NARRATIVES);
const { narratives: _narratives, ...withoutNarratives } = CYBERCRIME_REPORT_CONTENT;

describe("the report the API writes on a mandate", () => {
  const withContent = seededApi({ reportContent: reportContentFor });
  const withoutTexts = seededApi({
    reportContent: (mandateId) => (mandateId === "a-res-74-173" ? withoutNarratives : undefined),
  });
  const withNone = seededApi();
  // Content written in English only: a report asked for in French has no templates to be written with.
  const english = CYBERCRIME_REPORT_CONTENT.templates.en;
  const englishOnly = seededApi({
    reportContent: (mandateId) =>
      mandateId === "a-res-74-173" && english !== undefined
        ? { ...CYBERCRIME_REPORT_CONTENT, templates: { en: english } }
        : undefined,
  });
  afterAll(async () => {
    await withContent.close();
    await withoutTexts.close();
    await withNone.close();
    await englishOnly.close();
  });

  it("holds the paragraphs no record holds when the composition root supplies the content, as remit report does", async () => {
    const report = await reportOn74_173(withContent);
    expect(narrativeIds.length).toBeGreaterThan(0);
    expect(report.gaps.filter((gap) => narrativeIds.includes(gap.specId))).toEqual([]);
    expect(JSON.stringify(report.sections)).toContain(
      REPORT_2021_NARRATIVES[narrativeIds[0] ?? ""]?.text.en?.slice(0, 40) ?? "",
    );
  });

  it("leaves those paragraphs out, listed among its gaps, when the content holds no texts", async () => {
    const whole = (await reportOn74_173(withContent)).gaps.map((gap) => gap.specId);
    const gaps = (await reportOn74_173(withoutTexts)).gaps.map((gap) => gap.specId);
    expect(gaps).toEqual(expect.arrayContaining(whole));
    expect(gaps.filter((gap) => !whole.includes(gap))).toEqual(expect.arrayContaining(["developments.context"]));
  });

  it("refuses, 404 NoReportContent, a mandate it knows no outline for, rather than write it up as the cybercrime report", async () => {
    // GA 74/247 asks for a report too (the convention's outline), but none of its content is known.
    for (const [api, mandate, id] of [
      [withContent, "A/RES/74/247", "a-res-74-247"],
      [withNone, "A/RES/74/173", "a-res-74-173"],
    ] as const) {
      const response = await reportResponse(api, mandate);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      const problem = (await response.json()) as { _tag: string; mandateId: string; detail: string };
      expect([problem._tag, problem.mandateId]).toEqual(["NoReportContent", id]);
      expect(problem.detail).toContain(`no report outline is known for ${mandate}`);
    }
  });

  it("refuses, 404 NoReportTemplates, a report in a language its content has no templates in", async () => {
    const response = await Promise.resolve(englishOnly.request("/reports/A%2FRES%2F74%2F173?period=2020&lang=fr"));
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(((await response.json()) as { _tag: string })._tag).toBe("NoReportTemplates");
    expect((await Promise.resolve(englishOnly.request("/reports/A%2FRES%2F74%2F173?period=2020&lang=en"))).status).toBe(
      200,
    );
  });
});
