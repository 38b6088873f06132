import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../text/Language";
import { isComplete } from "../text/LocalizedText";
import type { LocalizedText } from "../text/LocalizedText";
import { ACTIVITY_KINDS, ACTIVITY_KIND_LABELS, ActivityKind } from "./ActivityKind";
import { ACTIVITY_TOPICS, ACTIVITY_TOPIC_LABELS, ActivityTopic } from "./ActivityTopic";
import { AUDIENCES, AUDIENCE_LABELS, Audience } from "./Audience";
import { DELIVERY_MODES, DELIVERY_MODE_LABELS, DeliveryMode } from "./DeliveryMode";

const SCRIPTS = {
  ar: /\p{Script=Arabic}/u,
  zh: /\p{Script=Han}/u,
  ru: /\p{Script=Cyrillic}/u,
  en: /^[\p{Script=Latin}\s(),'-]+$/u,
} as const;

const vocabularies: [string, readonly string[], Readonly<Record<string, LocalizedText>>][] = [
  ["activity kinds", ACTIVITY_KINDS, ACTIVITY_KIND_LABELS],
  ["activity topics", ACTIVITY_TOPICS, ACTIVITY_TOPIC_LABELS],
  ["audiences", AUDIENCES, AUDIENCE_LABELS],
  ["delivery modes", DELIVERY_MODES, DELIVERY_MODE_LABELS],
];

describe.each(vocabularies)("the labels of %s", (_name, values, labels) => {
  it("exist for every value, in all six official languages", () => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const value of values) expect(isComplete(labels[value] ?? {})).toBe(true);
  });

  it("are written in each language's script", () => {
    for (const value of values) {
      const label = labels[value] ?? {};
      for (const [language, script] of Object.entries(SCRIPTS))
        expect(label[language as keyof typeof SCRIPTS]).toMatch(script);
    }
  });

  it("never give two values the same name in one language", () => {
    for (const language of LANGUAGES) {
      const names = values.map((value) => labels[value]?.[language]);
      expect(new Set(names).size).toBe(values.length);
    }
  });
});

describe("the vocabularies", () => {
  it("hold every kind of activity DOMAIN.md names", () => {
    for (const kind of [
      "training",
      "train-the-trainer",
      "webinar-series",
      "online-course",
      "assessment",
      "advisory-support",
      "mentoring",
      "regional-conference",
      "working-group-meeting",
      "awareness-campaign",
      "research-publication",
      "tool-access",
      "knowledge-portal-content",
    ]) {
      expect(ActivityKind.safeParse(kind).success).toBe(true);
    }
  });

  it("hold the training topics of ¶17 and the audiences of ¶18", () => {
    for (const topic of [
      "online-child-sexual-exploitation-and-abuse",
      "cryptocurrency",
      "darknet",
      "digital-forensics",
      "electronic-evidence",
      "open-source-intelligence",
      "cybercrime-law",
      "malware",
      "mobile-forensics",
      "incident-response",
      "online-wildlife-crime",
      "human-rights-and-due-process",
      "threat-intelligence",
    ]) {
      expect(ActivityTopic.safeParse(topic).success).toBe(true);
    }
    for (const audience of ["law-enforcement", "central-bank-officials", "fiu-officials"])
      expect(Audience.safeParse(audience).success).toBe(true);
  });

  it("refuse values outside the closed lists", () => {
    expect(ActivityKind.safeParse("workshop").success).toBe(false);
    expect(DeliveryMode.safeParse("online").success).toBe(false);
  });
});
