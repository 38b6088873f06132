import { describe, expect, it } from "vitest";
import { Activity } from "../activity/Activity";
import { ccpcj20Session } from "../discussion/Seed2011.fixture";
import { reportFixture } from "../testing/ReportFixture";
import { Session } from "../session/Session";
import { sampleRecord } from "../testing/contract/sampleRecords";
import { summaryCells, summaryColumns } from "./RecordSummary";

const { activities, observations, mandates } = reportFixture();

describe("a record summarized on one line", () => {
  it("gives each kind its columns, numbers set right and free text that may be cut", () => {
    expect(summaryColumns("activity").map((column) => column.key)).toEqual([
      "id",
      "kind",
      "period",
      "countries",
      "title",
    ]);
    expect(summaryColumns("observation")).toContainEqual({ key: "value", align: "right" });
    expect(summaryColumns("mandate").at(-1)).toEqual({ key: "title", shrink: true });
  });

  it("writes an activity's kind and title in the reader's language, and its countries by code", () => {
    const [training] = activities;
    expect(training && summaryCells("activity", training, "zh")).toEqual([
      "act-a",
      "培训",
      "2020年",
      "SLV GTM",
      "培训 act-a",
    ]);
  });

  it("counts the countries when the source gives only their number (64 countries, ¶17)", () => {
    const webinars = Activity.parse({
      ...activities[0],
      id: "act-webinars",
      countries: { named: [], count: { value: 64, qualifier: "exact", unit: "country" } },
      period: { start: "2020-03", end: "2020-12" },
    });
    expect(summaryCells("activity", webinars, "en").slice(2, 4)).toEqual(["2020-03–2020-12", "(64)"]);
  });

  it("keeps a figure's qualifier: at least 30 reads 'more than 30'", () => {
    const [, atLeast] = observations;
    expect(atLeast && summaryCells("observation", atLeast, "en")).toEqual([
      "obs-b",
      "people-trained",
      "more than 30",
      "2020",
    ]);
  });

  it("shows a session's current dates and a mandate's symbol", () => {
    const cells = summaryCells("session", Session.parse(ccpcj20Session), "en");
    expect(cells.slice(0, 3)).toEqual(["ccpcj-20", "ccpcj", "20"]);
    expect(cells[3]).toMatch(/2011/);
    const ga74173 = mandates.find((mandate) => mandate.id === "a-res-74-173");
    expect(ga74173 && summaryCells("mandate", ga74173, "en").slice(0, 2)).toEqual(["a-res-74-173", "A/RES/74/173"]);
  });

  it("names an instrument's kind and writes its dates in the reader's language", () => {
    const instrument = {
      ...sampleRecord("instrument", "crc"),
      kind: "optional-protocol",
      enteredIntoForceOn: "2002-01-18",
    } as const;
    const [, kindZh, inForceZh] = summaryCells("instrument", instrument, "zh");
    const [, kindAr, inForceAr] = summaryCells("instrument", instrument, "ar");
    expect([kindZh, inForceZh]).toEqual(["任择议定书", "2002年1月18日"]);
    expect([kindAr, inForceAr]).toEqual(["بروتوكول اختياري", "18 كانون الثاني/يناير 2002"]);
    expect(summaryCells("instrument", instrument, "en").slice(1, 3)).toEqual(["optional protocol", "2002-01-18"]);
  });
});
