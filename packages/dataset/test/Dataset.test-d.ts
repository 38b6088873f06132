import type { Activity, ImportRejected, ImportReport, Mandate, Store, StoreFailure } from "@remit/core";
import type { Effect } from "effect";
import { describe, expectTypeOf, it } from "vitest";
import type { Dataset, DatasetResult, InvalidDataset, datasetEntries } from "../src";
import { loadDataset, recordsOf, seedStore } from "../src";

describe("the dataset's types", () => {
  it("holds each kind's records typed by core's schema", () => {
    expectTypeOf<Dataset["mandates"]>().toEqualTypeOf<readonly Mandate[]>();
    expectTypeOf<Dataset["activities"]>().toEqualTypeOf<readonly Activity[]>();
    expectTypeOf(recordsOf<"mandate">).returns.toEqualTypeOf<readonly Mandate[]>();
  });

  it("loads as a result, not by throwing", () => {
    expectTypeOf(loadDataset).returns.toEqualTypeOf<DatasetResult>();
    expectTypeOf<Extract<DatasetResult, { ok: false }>["error"]>().toEqualTypeOf<InvalidDataset>();
  });

  it("yields entries whose record type follows the kind", () => {
    type Entry = ReturnType<typeof datasetEntries> extends Generator<infer E> ? E : never;
    expectTypeOf<Extract<Entry, { kind: "mandate" }>["record"]>().toEqualTypeOf<Mandate>();
  });

  it("seeds any Store and says how it can fail", () => {
    expectTypeOf(seedStore).toEqualTypeOf<
      Effect.Effect<ImportReport, InvalidDataset | ImportRejected | StoreFailure, Store>
    >();
  });
});
