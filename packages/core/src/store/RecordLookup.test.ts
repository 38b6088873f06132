import { describe, expect, it } from "vitest";
import { sampleRecord } from "../testing/contract/sampleRecords";
import type { ImportEntry } from "./ImportEntry";
import { queryStoreOf } from "../testing/LoadedStore";
import { findStoredRecord, storedWithHistory } from "./RecordLookup";

// Ids are unique within a kind only: here the body of the 30th session and the session itself
// were both given the id "ccpcj-30", as two teams' imports might.
const entries: ImportEntry[] = [
  { kind: "body", record: sampleRecord("body", "ccpcj-30") },
  { kind: "session", record: sampleRecord("session", "ccpcj-30") },
  { kind: "session", record: sampleRecord("session", "ccpcj-29") },
  { kind: "mandate", record: { ...sampleRecord("mandate", "a-res-74-173"), symbol: "A/RES/74/173" } },
];

const found = async (reference: string, kind?: "session" | "mandate" | "activity") => {
  const result = await queryStoreOf(entries, findStoredRecord(reference, kind));
  return result._tag === "Success"
    ? { kind: result.success.kind, id: result.success.record.id }
    : { failure: result.failure._tag, ...("kinds" in result.failure ? { kinds: result.failure.kinds } : {}) };
};

describe("finding the one record a reference names", () => {
  it("finds a record of any kind by its id", async () => {
    expect(await found("ccpcj-29")).toEqual({ kind: "session", id: "ccpcj-29" });
  });

  it("finds a mandate by its symbol or its citation", async () => {
    expect(await found("A/RES/74/173")).toEqual({ kind: "mandate", id: "a-res-74-173" });
    expect(await found("GA resolution 74/173")).toEqual({ kind: "mandate", id: "a-res-74-173" });
  });

  it("asks which kind is meant when an id names records of several kinds", async () => {
    expect(await found("ccpcj-30")).toEqual({ failure: "AmbiguousId", kinds: ["body", "session"] });
    expect(await found("ccpcj-30", "session")).toEqual({ kind: "session", id: "ccpcj-30" });
  });

  it("says nothing is stored under a reference, of the kind asked for or of any", async () => {
    expect(await found("ccpcj-29", "activity")).toEqual({ failure: "NotFound" });
    expect(await found("A/RES/99/1")).toEqual({ failure: "NotFound" });
  });

  it("shows a record with its revision and its audit trail", async () => {
    const result = await queryStoreOf(entries, storedWithHistory("ccpcj-29"));
    expect(result._tag === "Success" && result.success).toMatchObject({
      kind: "session",
      id: "ccpcj-29",
      revision: 1,
      updatedBy: "test",
      history: [{ kind: "session", id: "ccpcj-29", revision: 1, action: "create", actor: "test" }],
    });
  });
});
