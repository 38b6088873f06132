import { InMemoryStore, type Report } from "@remit/core";
import { REPORT_2021_NARRATIVES, seedStoreWith } from "@remit/dataset";
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

async function reportOn74_173(api: RemitApi): Promise<Report> {
  const response = await api.request(`/reports/${encodeURIComponent("A/RES/74/173")}?period=2020`);
  expect(response.status).toBe(200);
  return (await response.json()) as Report;
}

const narrativeIds = Object.keys(REPORT_2021_NARRATIVES);

describe("the report the API writes on a mandate", () => {
  const withNarratives = seededApi({ reportNarratives: REPORT_2021_NARRATIVES });
  const without = seededApi();
  afterAll(async () => {
    await withNarratives.close();
    await without.close();
  });

  it("holds the paragraphs no record holds when the composition root supplies their texts, as remit report does", async () => {
    const report = await reportOn74_173(withNarratives);
    expect(narrativeIds.length).toBeGreaterThan(0);
    expect(report.gaps.filter((gap) => narrativeIds.includes(gap.specId))).toEqual([]);
    expect(JSON.stringify(report.sections)).toContain(
      REPORT_2021_NARRATIVES[narrativeIds[0] ?? ""]?.text.en?.slice(0, 40) ?? "",
    );
  });

  it("leaves those paragraphs out, listed among its gaps, when it is given no texts", async () => {
    const whole = (await reportOn74_173(withNarratives)).gaps.map((gap) => gap.specId);
    const gaps = (await reportOn74_173(without)).gaps.map((gap) => gap.specId);
    expect(gaps).toEqual(expect.arrayContaining(whole));
    expect(gaps.filter((gap) => !whole.includes(gap))).toEqual(expect.arrayContaining(["developments.context"]));
  });
});
