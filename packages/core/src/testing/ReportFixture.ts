import { Activity } from "../activity/Activity";
import { Mandate } from "../mandate/Mandate";
import { Indicator } from "../metric/Indicator";
import { Observation } from "../metric/Observation";
import { Session } from "../session/Session";
import type { ReportRecords } from "../report/ReportContext";
import type { ImportEntry } from "../store/ImportEntry";

/**
 * Small records for the report builder's tests. The mandates, the deferral and the agenda
 * follow DOMAIN.md (GA 74/173 asked for a report to the 29th session; it went to the 30th,
 * agenda item 6(d)); the activities and figures are made up for the tests and cite a
 * document whose number is left open, "E/CN.15/2020/…", so that no test passes by reading
 * the real report and no real document is made to say what it does not.
 */
export const FIXTURE_DOCUMENT = "E/CN.15/2020/…";

const cite = (...paragraphs: number[]) => [{ source: "document" as const, symbol: FIXTURE_DOCUMENT, paragraphs }];
const TITLE = { en: "Promoting technical assistance against cybercrime", zh: "促进打击网络犯罪的技术援助" };

function mandate(input: Record<string, unknown>): Mandate {
  return Mandate.parse({
    kind: "resolution",
    adoptingBodyId: "ga",
    provisions: [],
    reportingObligations: [],
    lineage: [],
    provenance: [],
    ...input,
  });
}

const unodcAsk = (en: string, zh: string, paragraph: number) => ({
  addressees: ["unodc"],
  action: "provide-technical-assistance",
  ask: { en, zh },
  provenance: cite(paragraph),
});

/** The records of the fixture: four mandates, two sessions, three trainings and their figures. */
export function reportFixture(): ReportRecords & { readonly mandates: Mandate[] } {
  const mandates = [
    mandate({
      id: "a-res-64-179",
      symbol: "A/RES/64/179",
      adoptedOn: "2009",
      provisions: [
        {
          addressees: ["unodc"],
          action: "explore",
          ask: { en: "explore ways of addressing cybercrime", zh: "探讨处理网络犯罪的方式" },
          provenance: cite(1),
        },
      ],
    }),
    mandate({
      id: "ccpcj-res-22-8",
      symbol: "CCPCJ resolution 22/8",
      adoptingBodyId: "ccpcj",
      adoptedOn: "2013",
      provisions: [unodcAsk("strengthen partnerships", "加强伙伴关系", 2)],
    }),
    mandate({
      id: "a-res-74-174",
      symbol: "A/RES/74/174",
      provisions: [unodcAsk("assist Member States on request", "根据请求协助会员国", 3)],
    }),
    mandate({
      id: "a-res-74-173",
      symbol: "A/RES/74/173",
      adoptedOn: "2019",
      title: TITLE,
      lineage: [{ relation: "reaffirms", target: { mandateId: "ccpcj-res-22-8" }, provenance: cite(4) }],
      provisions: [unodcAsk("continue to provide technical assistance", "继续提供技术援助", 5)],
      reportingObligations: [
        {
          id: "a-res-74-173-report",
          reportTo: { bodyId: "ccpcj", sessionNumber: 29 },
          subject: { en: "the implementation of the resolution", zh: "该决议的执行情况" },
          deferrals: [
            {
              fromSession: 29,
              toSession: 30,
              reason: {
                en: "the twenty-ninth session met in a reduced format",
                zh: "第二十九届会议以缩小规模的形式举行",
              },
              provenance: cite(),
            },
          ],
          status: "submitted",
          provenance: cite(),
        },
      ],
    }),
  ];
  const sessions = [
    Session.parse({
      id: "ccpcj-29",
      bodyId: "ccpcj",
      designation: "session",
      number: 29,
      schedule: { dates: { kind: "unknown" }, format: "reduced", status: "held" },
      scheduleHistory: [],
    }),
    Session.parse({
      id: "ccpcj-30",
      bodyId: "ccpcj",
      designation: "session",
      number: 30,
      schedule: {
        dates: { kind: "period", period: { start: "2021-05-17", end: "2021-05-21" } },
        venue: { city: { en: "Vienna", zh: "维也纳" } },
        status: "scheduled",
      },
      scheduleHistory: [],
      agenda: {
        symbol: "E/CN.15/2021/1",
        items: [
          {
            number: "6",
            title: { en: "Integration and coordination", zh: "统一并协调" },
            documents: [],
            subItems: [
              { number: "6(d)", title: { en: "Other matters", zh: "其他事项" }, documents: [{ title: TITLE }] },
            ],
          },
        ],
      },
    }),
  ];
  const training = (id: string, year: string, countries: unknown, paragraph: number) =>
    Activity.parse({
      id,
      title: { en: `Training ${id}`, zh: `培训 ${id}` },
      kind: "training",
      topics: ["digital-forensics"],
      countries,
      regions: { m49: [], named: [] },
      period: { start: year },
      languages: [],
      partners: [],
      audiences: ["criminal-justice-practitioners"],
      mandateIds: ["a-res-74-173"],
      provenance: cite(paragraph),
    });
  const activities = [
    training("act-a", "2020", { named: ["SLV", "GTM"] }, 10),
    training("act-b", "2020", { named: ["SLV"], count: { value: 3, qualifier: "exact", unit: "country" } }, 11),
    training("act-old", "2019", { named: ["BLZ"] }, 12),
  ];
  const indicators = [
    Indicator.parse({
      id: "people-trained",
      name: { en: "People trained", zh: "受训人数" },
      unit: "person",
      aggregation: "sum",
    }),
  ];
  const observation = (
    id: string,
    activityId: string,
    value: unknown,
    year: string,
    countries: unknown,
    paragraph: number,
  ) =>
    Observation.parse({
      id,
      indicatorId: "people-trained",
      value,
      scope: { period: { start: year }, countries, regions: { m49: [], named: [] }, disaggregation: [] },
      activityIds: [activityId],
      provenance: cite(paragraph),
    });
  const observations = [
    observation(
      "obs-a",
      "act-a",
      { value: 100, qualifier: "exact", unit: "person" },
      "2020",
      { named: ["SLV", "GTM"] },
      10,
    ),
    observation(
      "obs-b",
      "act-b",
      { value: 30, qualifier: "atLeast", strict: true, unit: "person" },
      "2020",
      { named: ["SLV"], count: { value: 3, qualifier: "exact", unit: "country" } },
      11,
    ),
    observation(
      "obs-old",
      "act-old",
      { value: 999, qualifier: "exact", unit: "person" },
      "2019",
      { named: ["BLZ"] },
      12,
    ),
  ];
  return { mandates, sessions, activities, observations, indicators };
}

/**
 * The fixture's records as import entries, bodies and sessions first so that each record
 * comes after those it names: what a store holds for the report tests that read a store.
 * @example await queryStoreOf(reportFixtureEntries(), reportRecords({ start: "2020" }))
 */
export function reportFixtureEntries(): ImportEntry[] {
  const fixture = reportFixture();
  return [
    ...(fixture.bodies ?? []).map((record) => ({ kind: "body" as const, record })),
    ...fixture.sessions.map((record) => ({ kind: "session" as const, record })),
    ...fixture.mandates.map((record) => ({ kind: "mandate" as const, record })),
    ...fixture.activities.map((record) => ({ kind: "activity" as const, record })),
    ...fixture.indicators.map((record) => ({ kind: "indicator" as const, record })),
    ...fixture.observations.map((record) => ({ kind: "observation" as const, record })),
  ];
}
