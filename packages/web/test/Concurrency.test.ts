import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, type RemitClient } from "../src/client";
import { BACKENDS, startApi, type TestApi } from "./ApiHarness";

describe.each(BACKENDS)("two people edit the same activity, on %s", (backend) => {
  let api: TestApi;
  let ana: RemitClient;
  let ben: RemitClient;
  beforeAll(async () => {
    api = await startApi(backend);
    ana = createClient({ baseUrl: api.url, token: api.tokens.editor });
    ben = createClient({ baseUrl: api.url, token: api.tokens.editor });
  });
  afterAll(async () => api?.stop());

  it("exactly one write wins, the other gets 412, and after a merge nothing is lost", async () => {
    const listed = await ana.listActivities({ query: { limit: 1 } });
    if (!listed.ok) throw new Error(listed.error.message);
    const id = listed.value.items[0]!.record.id;
    const read = await ana.getActivity({ params: { id } });
    if (!read.ok) throw new Error(read.error.message);
    const { revision, record } = read.value;

    const [first, second] = await Promise.all([
      ana.patchActivity({ params: { id }, body: { summary: { ...record.summary, en: "Ana's summary" } }, revision }),
      ben.patchActivity({ params: { id }, body: { languages: ["en", "fr"] }, revision }),
    ]);
    const outcomes = [first, second];
    const winners = outcomes.filter((outcome) => outcome.ok);
    const losers = outcomes.filter((outcome) => !outcome.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const loser = losers[0]!;
    if (loser.ok) throw new Error("unreachable");
    expect(loser.error).toMatchObject({
      _tag: "RevisionConflict",
      status: 412,
      expected: revision,
      actual: revision + 1,
    });

    // The loser reads again and re-applies the change on top of the winner's.
    const anaLost = !first.ok;
    const again = await (anaLost ? ana : ben).getActivity({ params: { id } });
    if (!again.ok) throw new Error(again.error.message);
    const retried = anaLost
      ? await ana.patchActivity({
          params: { id },
          body: { summary: { ...again.value.record.summary, en: "Ana's summary" } },
          revision: again.value.revision,
        })
      : await ben.patchActivity({ params: { id }, body: { languages: ["en", "fr"] }, revision: again.value.revision });
    expect(retried.ok).toBe(true);

    const final = await ana.getActivity({ params: { id } });
    if (!final.ok) throw new Error(final.error.message);
    expect(final.value.revision).toBe(revision + 2);
    expect(final.value.record.summary?.en).toBe("Ana's summary");
    expect(final.value.record.languages).toEqual(["en", "fr"]);
    const history = await ana.getActivityHistory({ params: { id } });
    if (!history.ok) throw new Error(history.error.message);
    expect(history.value.items.map((entry) => [entry.revision, entry.actor])).toEqual(
      expect.arrayContaining([
        [revision + 1, "token:editor-token"],
        [revision + 2, "token:editor-token"],
      ]),
    );
  });

  it("many concurrent writers on one revision: one wins, every other one is refused", async () => {
    const read = await ana.getActivity({ params: { id: await firstId(ana) } });
    if (!read.ok) throw new Error(read.error.message);
    const { revision, record } = read.value;
    const attempts = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        (index % 2 === 0 ? ana : ben).patchActivity({
          params: { id: record.id },
          body: { summary: { ...record.summary, en: `writer ${index}` } },
          revision,
        }),
      ),
    );
    expect(attempts.filter((attempt) => attempt.ok)).toHaveLength(1);
    expect(attempts.filter((attempt) => !attempt.ok && attempt.error._tag === "RevisionConflict")).toHaveLength(11);
    const final = await ana.getActivity({ params: { id: record.id } });
    expect(final.ok && final.value.revision).toBe(revision + 1);
  });
});

async function firstId(client: RemitClient): Promise<string> {
  const page = await client.listActivities({ query: { limit: 2 } });
  if (!page.ok) throw new Error(page.error.message);
  return page.value.items[1]!.record.id;
}
