import { InMemoryStore, matchesActivityFilter, type ActivityFilter } from "@remit/core";
import { loadDataset, recordsOf, seedStoreWith } from "@remit/dataset";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { exportStore } from "../src/formats";

function dataset() {
  const result = loadDataset();
  if (!result.ok) throw new Error(`the dataset does not load: ${result.error.message}`);
  return result.value;
}

/** A text export (JSON Lines, IATI XML) as one string. */
async function textOf(output: AsyncIterable<string | Uint8Array> | string): Promise<string> {
  if (typeof output === "string") return output;
  const decoder = new TextDecoder();
  let text = "";
  for await (const chunk of output) text += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

/** The export of the seeded store as text, and how many records `onRecord` counted. */
async function exported(run: (onRecord: () => void) => ReturnType<typeof exportStore>) {
  let counted = 0;
  const text = await Effect.runPromise(
    Effect.gen(function* () {
      yield* seedStoreWith({ actor: "test" });
      const output = yield* run(() => (counted += 1));
      return yield* Effect.promise(() => textOf(output));
    }).pipe(Effect.provide(InMemoryStore.layer())),
  );
  return { text, counted };
}

describe("exporting a store's records", () => {
  it("holds the activities the filter matches, each counted once as it is read", async () => {
    const activities = recordsOf(dataset(), "activity");
    const topic = activities.flatMap((activity) => activity.topics)[0];
    expect(topic).toBeDefined();
    const filter: ActivityFilter = { topic: topic! };
    const expected = activities.filter((activity) => matchesActivityFilter(activity, filter)).map(({ id }) => id);
    expect(expected.length).toBeLessThan(activities.length);
    const { text, counted } = await exported((onRecord) => exportStore("jsonl", ["activity"], filter, { onRecord }));
    const ids = text
      .trimEnd()
      .split("\n")
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids.sort()).toEqual([...expected].sort());
    expect(counted).toBe(expected.length);
  });

  it("an IATI file names the mandates and bodies of its activities, read without being counted", async () => {
    const data = dataset();
    const { text, counted } = await exported((onRecord) => exportStore("iati", ["activity"], {}, { onRecord }));
    expect(counted).toBe(recordsOf(data, "activity").length);
    expect(text).toContain("<iati-activities");
    const mandate = recordsOf(data, "activity").flatMap((activity) => activity.mandateIds)[0];
    const symbol = recordsOf(data, "mandate").find((candidate) => candidate.id === mandate)?.symbol;
    expect(symbol).toBeDefined();
    expect(text).toContain(symbol!);
  });
});
