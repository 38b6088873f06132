import { describe, expect, it } from "vitest";
import { queryStoreOf } from "../testing/LoadedStore";
import { reportFixture, reportFixtureEntries } from "../testing/ReportFixture";
import { reportRecords } from "./ReportRecordsQuery";

// A store holding the fixture's records: three trainings (two in 2020, one in 2019) and what a report names.
const fixture = reportFixture();
const entries = reportFixtureEntries();

describe("the records a report reads", () => {
  it("reads the activities of the period only, and every other kind whole", async () => {
    const result = await queryStoreOf(entries, reportRecords({ start: "2020" }));
    if (result._tag === "Failure") throw new Error(result.failure.message);
    const records = result.success;
    expect(records.activities.map((activity) => activity.id).sort()).toEqual(["act-a", "act-b"]);
    expect(records.mandates).toHaveLength(fixture.mandates.length);
    expect(records.sessions).toHaveLength(fixture.sessions.length);
    expect(records.observations).toHaveLength(fixture.observations.length);
    expect(records.indicators).toHaveLength(fixture.indicators.length);
    expect(records.bodies).toHaveLength(fixture.bodies?.length ?? 0);
  });

  it("counts every record it reads, for a progress bar", async () => {
    let read = 0;
    await queryStoreOf(entries, reportRecords({ start: "2019" }, { onRecord: () => (read += 1) }));
    // 2019 keeps act-old and leaves out the two trainings of 2020.
    expect(read).toBe(entries.length - 2);
  });
});
