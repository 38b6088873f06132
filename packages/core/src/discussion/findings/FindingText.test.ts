import { describe, expect, it } from "vitest";
import { checkCatalog } from "../../message/MessageCatalog";
import { Session } from "../../session";
import { LANGUAGES } from "../../text/Language";
import type { Language } from "../../text/Language";
import { checkDecision18_1 } from "../Decision18_1";
import { Decision18_1Finding } from "../Decision18_1Finding";
import { ThematicDiscussion } from "../ThematicDiscussion";
import { FINDING_SLOTS } from "./FindingSlots";
import { FINDING_CATALOGS, formatFindingIn } from "./FindingText";

/** A hypothetical session opening on 11 April 2011: deadlines 11 March and 11 February. */
const session = Session.parse({
  id: "example-session",
  bodyId: "ccpcj",
  designation: "session",
  number: 99,
  schedule: { dates: { kind: "period", period: { start: "2011-04-11", end: "2011-04-15" } }, status: "scheduled" },
  scheduleHistory: [],
});

/** A session whose opening is known only by a bound, so that deadlines are windows. */
const boundedSession = Session.parse({
  ...session,
  schedule: { dates: { kind: "bound", notBefore: "2011-04-01", notAfter: "2011-04-30" }, status: "scheduled" },
});

/** A discussion that breaks every rule it can. */
const breaking = ThematicDiscussion.parse({
  id: "example-discussion",
  sessionId: "example-session",
  theme: { en: "An example theme" },
  subTopics: [],
  questionGroups: [],
  guide: {
    symbol: "E/CN.15/2011/2",
    issued: [
      { language: "en", on: "2011-03-01" },
      { language: "fr", on: "2011-03-20" },
      { language: "es", on: "2011-03-25" },
      { language: "ru" },
    ],
    notIssued: ["ar"],
  },
  panel: {
    nominations: [
      { nominatedBy: { kind: "member-state", country: "AUT" }, nominee: "Panellist A", on: "2011-03-01" },
      { nominatedBy: { kind: "regional-group", regionalGroup: "african" }, on: "2011-02" },
      { nominatedBy: { kind: "member-state", country: "MEX" } },
      { nominatedBy: { kind: "member-state", country: "CHN" }, on: "2011-01-10" },
    ],
    electedOn: "2011-03-30",
    podiumSeats: [{ regionalGroup: "african" }, { regionalGroup: "african" }, { regionalGroup: "asia-pacific" }],
    independentExperts: [
      { sector: "academia", regionalGroup: "asia-pacific" },
      { sector: "private-sector", regionalGroup: "asia-pacific" },
    ],
  },
  speakersList: [
    { kind: "keynote", speaker: "Panellist A", usedSeconds: 690, distributedInAdvance: false },
    { kind: "keynote", regionalGroup: "african", plannedSeconds: 540 },
    { kind: "keynote" },
    { kind: "intervention", regionalGroup: "african", usedSeconds: 330 },
  ],
});

/** A discussion that records nothing decision 18/1 governs. */
const empty = ThematicDiscussion.parse({ ...breaking, guide: undefined, panel: undefined, speakersList: [] });

const findings: Decision18_1Finding[] = [
  ...checkDecision18_1(breaking, session),
  ...checkDecision18_1(breaking, boundedSession),
  ...checkDecision18_1(empty, session),
  ...checkDecision18_1(empty, { ...session, id: "other-session" }),
];

/** What may stay in Latin letters: field paths (panel.electedOn, usedSeconds, speakersList). */
const FIELD = /^(?:[a-z]+(?:[A-Z][a-z]*)+|[a-z]+\.[a-zA-Z.]+)$/u;

function latinWordsIn(text: string): string[] {
  // The record's own values stay as recorded: country codes, the guide's symbol, ids, names, the field "on".
  const withoutCodes = text.replaceAll(
    /[A-Z]{3}\b|E\/CN\.15\/\d{4}\/\d+|[a-z]+-session|Panellist A|«on»|“on”|"on"/gu,
    "",
  );
  return [...withoutCodes.matchAll(/[A-Za-z][A-Za-z0-9._-]*/gu)]
    .map((match) => match[0])
    .filter((word) => !FIELD.test(word));
}

/** The late election, the first violation a reader meets, in each language. */
const lateElection = findings.find((found) => found.wording?.key === "election.late");

describe("the findings of decision 18/1 in the reader's language", () => {
  it.each(LANGUAGES)("the %s wording has every finding and phrase, with its slots", (language) => {
    expect(checkCatalog(FINDING_SLOTS, FINDING_CATALOGS[language])).toEqual([]);
  });

  it("every finding the checker builds carries its wording, and English words it as its reason", () => {
    expect(findings.length).toBeGreaterThan(30);
    for (const found of findings) {
      expect(found.wording).toBeDefined();
      expect(formatFindingIn(found, "en")).toBe(found.reason);
      expect(Decision18_1Finding.parse(JSON.parse(JSON.stringify(found)))).toEqual(found);
    }
  });

  it.each(LANGUAGES)("every finding reads whole in %s, with no slot left unfilled", (language) => {
    for (const found of findings) {
      const text = formatFindingIn(found, language);
      expect(text).not.toMatch(/[{}]/u);
      expect(text.startsWith(`${found.wording?.key}:`)).toBe(false);
    }
  });

  it.each<Language>(["ar", "zh", "ru"])("%s findings hold no Latin words but codes and field names", (language) => {
    const latin = findings.flatMap((found) => latinWordsIn(formatFindingIn(found, language)));
    expect([...new Set(latin)]).toEqual([]);
  });

  it.each<[Language, string]>([
    [
      "en",
      "the panellists were elected on 2011-03-30, after the deadline 2011-03-11, one month before the session opens on 2011-04-11; decision 18/1 has them elected one month before the session",
    ],
    [
      "zh",
      "专题小组成员于2011年3月30日选出，晚于截止日期2011年3月11日（届会开幕前一个月：届会于2011年4月11日开幕）；第18/1号决定规定在届会开幕前一个月选出",
    ],
    [
      "ar",
      "انتُخب أعضاء فريق المناقشة في 30 آذار/مارس 2011، بعد الموعد النهائي 11 آذار/مارس 2011، قبل شهر واحد من افتتاح الدورة في 11 نيسان/أبريل 2011؛ وينص المقرر 18/1 على انتخابهم قبل الدورة بشهر واحد",
    ],
    [
      "fr",
      "les membres du groupe de discussion ont été élus le 30 mars 2011, après l’échéance du 11 mars 2011, un mois avant que la session s’ouvre le 11 avril 2011 ; la décision 18/1 prévoit leur élection un mois avant la session",
    ],
    [
      "ru",
      "члены группы экспертов избраны 30 марта 2011 г., позже срока: 11 марта 2011 г., за один месяц до того, как сессия открывается 11 апреля 2011 г.; по решению 18/1 их избирают за месяц до сессии",
    ],
    [
      "es",
      "los miembros del grupo de expertos fueron elegidos el 30 de marzo de 2011, fuera del plazo (11 de marzo de 2011, un mes antes de que se abra el período de sesiones el 11 de abril de 2011); la decisión 18/1 prevé su elección un mes antes del período de sesiones",
    ],
  ])("a late election reads in %s", (language, expected) => {
    expect(lateElection === undefined ? "" : formatFindingIn(lateElection, language)).toBe(expected);
  });
});
