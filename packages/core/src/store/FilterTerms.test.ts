import { describe, expect, it } from "vitest";
import { sampleRecord } from "../testing/contract/sampleRecords";
import { filterFromTerms, inapplicableTerms, readFilter } from "./FilterTerms";
import { queryStoreOf } from "../testing/LoadedStore";

describe("a list filter as people write it", () => {
  it("reads codes in any case and the dates from and to as one period", () => {
    expect(readFilter("activity", { country: "slv", topic: "electronic-evidence", from: "2020" })).toEqual({
      ok: true,
      value: { country: "SLV", topic: "electronic-evidence", period: { start: "2020", end: "9999" } },
    });
    expect(readFilter("mandate", { bodyId: "GA", to: "2019" })).toEqual({
      ok: true,
      value: { bodyId: "ga", period: { start: "0001", end: "2019" } },
    });
  });

  it("says which terms do not filter a kind: no country for mandates, no body for activities", () => {
    expect(inapplicableTerms("mandate", { country: "BRA", bodyId: "ga", from: "2010" })).toEqual(["country"]);
    expect(inapplicableTerms("activity", { bodyId: "ccpcj", mandate: "A/RES/74/173" })).toEqual(["bodyId"]);
    expect(inapplicableTerms("observation", { indicatorId: "people-trained", country: "HND" })).toEqual([]);
  });

  it("names the term at fault: an unknown country code, a period that ends before it starts", () => {
    const country = readFilter("activity", { country: "XX" });
    expect(!country.ok && country.error.problems.map((problem) => [problem.term, problem.path])).toEqual([
      ["country", ["country"]],
    ]);
    const period = readFilter("session", { from: "2021", to: "2020" });
    expect(!period.ok && period.error.problems).toEqual([
      {
        term: "from/to",
        path: [],
        reason: "a period cannot end before it starts",
        expected: "a date as YYYY, YYYY-MM or YYYY-MM-DD",
      },
    ]);
  });

  it("finds the mandate an activity filter names by symbol or citation", async () => {
    const entries = [
      { kind: "mandate" as const, record: { ...sampleRecord("mandate", "a-res-74-173"), symbol: "A/RES/74/173" } },
    ];
    const found = await queryStoreOf(entries, filterFromTerms("activity", { mandate: "GA resolution 74/173" }));
    expect(found._tag === "Success" && found.success).toEqual({ mandateId: "a-res-74-173" });
    const missing = await queryStoreOf(entries, filterFromTerms("activity", { mandate: "A/RES/74/999" }));
    expect(missing._tag === "Failure" && missing.failure._tag).toBe("NotFound");
    const invalid = await queryStoreOf(
      entries,
      filterFromTerms("activity", { mandate: "a-res-74-173", kind: "picnic" }),
    );
    expect(invalid._tag === "Failure" && invalid.failure).toMatchObject({ _tag: "InvalidFilter", kind: "activity" });
  });
});
