import { Store, pullingRecords, recordSources, type EntityKind, type ImportEntry, type StoreShape } from "@remit/core";
import { seededRandom, syntheticActivity, syntheticCountries, syntheticObservation } from "@remit/core/testing";
import { ACTIVITIES_PER_PAGE } from "@remit/export/iati";
import { exportRecords } from "@remit/export/formats";
import { Effect } from "effect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, startApi, type TestApi } from "./ApiHarness";

/** More activities than two pages, beside the dataset's, with an observation every fourth. */
const SYNTHETIC_ACTIVITIES = 2 * ACTIVITIES_PER_PAGE + 150;

async function* synthetic(): AsyncGenerator<ImportEntry> {
  const random = seededRandom(10);
  const countries = syntheticCountries(10);
  for (let index = 0; index < SYNTHETIC_ACTIVITIES; index += 1) {
    const activity = syntheticActivity(random, index, countries);
    yield { kind: "activity", record: activity };
    if (index % 4 === 0) yield { kind: "observation", record: syntheticObservation(random, activity, index) };
  }
}

/** What the API asked of the store about observations while it exported. */
class ObservationReads {
  wholeReads = 0;
  pages: number[] = [];
  largestAnswer = 0;

  readonly observe = (store: StoreShape): StoreShape => ({
    ...store,
    list: (kind, page) => {
      this.noteWhole(kind);
      return store.list(kind, page);
    },
    find: (kind, filter, page) => {
      this.noteWhole(kind);
      return store.find(kind, filter, page);
    },
    observationsOfActivities: (activityIds) =>
      Effect.tap(store.observationsOfActivities(activityIds), (found) =>
        Effect.sync(() => {
          this.pages.push(activityIds.length);
          this.largestAnswer = Math.max(this.largestAnswer, found.length);
        }),
      ),
  });

  private noteWhole(kind: EntityKind): void {
    if (kind === "observation") this.wholeReads += 1;
  }
}

/** The file's text with its generation time (the one part that differs between two exports) set aside. */
function withoutGenerationTime(xml: string): string {
  return xml.replace(/generated-datetime="[^"]*"/, 'generated-datetime=""');
}

describe.each(BACKENDS)("the IATI export over HTTP on %s", (backend) => {
  let api: TestApi;
  const reads = new ObservationReads();
  let observations = 0;

  beforeAll(async () => {
    api = await startApi(backend, { publicReads: true, observe: reads.observe });
    await api.outside(
      Effect.gen(function* () {
        const store = yield* Store;
        yield* store.importRecords(synthetic(), { actor: "test seed" });
        for (let cursor: string | undefined, first = true; first || cursor !== undefined; first = false) {
          const page = yield* store.list("observation", { limit: 1000, ...(cursor === undefined ? {} : { cursor }) });
          observations += page.items.length;
          cursor = page.nextCursor;
        }
      }),
    );
  });
  afterAll(async () => {
    await api?.stop();
  });

  it("asks the store for the observations of one page of activities at a time, never for all of them", async () => {
    const response = await api.call("/exports/iati");
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(xml.match(/<\/iati-activity>/g)?.length).toBeGreaterThan(2 * ACTIVITIES_PER_PAGE);
    expect(reads.wholeReads).toBe(0);
    expect(reads.pages.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...reads.pages)).toBeLessThanOrEqual(ACTIVITIES_PER_PAGE);
    expect(reads.largestAnswer).toBeLessThan(observations);
  });

  it("writes the same file as reading every observation before the first activity", async () => {
    const paged = await (await api.call("/exports/iati")).text();
    const whole = await api.outside(
      Effect.gen(function* () {
        const sources = yield* recordSources({});
        return yield* pullingRecords(async () => {
          const chunks = await exportRecords("iati", ["activity"], sources, sources);
          let text = "";
          for await (const chunk of chunks as AsyncIterable<string>) text += chunk;
          return text;
        });
      }),
    );
    expect(withoutGenerationTime(paged)).toBe(withoutGenerationTime(whole));
  });
});
