import { describe, expectTypeOf, it } from "vitest";
import type { Activity } from "../activity/Activity";
import type { Indicator } from "../metric/Indicator";
import type { ImportEntry } from "../store/ImportEntry";
import { readCsv, readJsonDocument, readJsonLines, recordToCsvRow, type CsvKind } from "./index";

describe("exchange types", () => {
  it("recordToCsvRow takes the record type of the kind it is given", () => {
    expectTypeOf(recordToCsvRow<"indicator">)
      .parameter(1)
      .toEqualTypeOf<Indicator>();
    expectTypeOf(recordToCsvRow<"activity">)
      .parameter(1)
      .toEqualTypeOf<Activity>();
    expectTypeOf(recordToCsvRow<"activity">).returns.toEqualTypeOf<string[]>();
  });

  it("thematic discussions have no CSV table, so they are not a CsvKind", () => {
    expectTypeOf<"thematicDiscussion">().not.toExtend<CsvKind>();
    expectTypeOf<"session">().toExtend<CsvKind>();
  });

  it("every reader yields the entries a Store imports", () => {
    expectTypeOf(readJsonLines).returns.toEqualTypeOf<AsyncGenerator<ImportEntry>>();
    expectTypeOf(readJsonDocument).returns.toEqualTypeOf<AsyncGenerator<ImportEntry>>();
    expectTypeOf(readCsv).returns.toEqualTypeOf<AsyncGenerator<ImportEntry>>();
  });
});
