import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_TOPIC_LABELS,
  LANGUAGES,
  periodEnd,
  periodStart,
  precisionOf,
  type Activity,
  type LocalizedText,
  type Observation,
} from "@remit/core";
import { dacSectorWeights } from "./DacSectors";
import {
  ACTIVITY_DATE_TYPE,
  ACTIVITY_STATUS,
  ORGANISATION_ROLE,
  RELATED_ACTIVITY_PARENT,
  SECTOR_VOCABULARY_DAC_5,
  TAG_VOCABULARY_REPORTING_ORG,
} from "./IatiCodes";
import { mandateDocumentLinks } from "./IatiDocumentLinks";
import { emptyElement, narrativeElement, parentElement, textElement } from "./IatiElements";
import { recipientElements } from "./IatiRecipients";
import type { IatiContext } from "./IatiOptions";
import { resultElements } from "./IatiResultXml";
import { splitPercentages } from "./PercentageSplit";

const IN = "    ";
const IN2 = `${IN}  `;

/**
 * A description when the activity has no summary: its kind and topics in each language of
 * its title ("Training: Digital forensics; Electronic evidence"). IATI requires one.
 */
function composedDescription(activity: Activity): LocalizedText {
  const text: Record<string, string> = {};
  for (const language of LANGUAGES) {
    if (activity.title[language] === undefined) continue;
    const kind = ACTIVITY_KIND_LABELS[activity.kind][language] ?? activity.kind;
    const topics = activity.topics.map((topic) => ACTIVITY_TOPIC_LABELS[topic][language] ?? topic);
    text[language] = topics.length === 0 ? kind : `${kind}: ${topics.join("; ")}`;
  }
  return text;
}

function participatingOrgs(activity: Activity, context: IatiContext): string {
  const reporting = context.reportingOrg;
  let xml = narrativeElement(IN, "participating-org", reporting.name, {
    ref: reporting.ref,
    type: reporting.type,
    role: ORGANISATION_ROLE.implementing,
  });
  const implementer = activity.implementerId === undefined ? undefined : context.bodies.get(activity.implementerId);
  if (implementer !== undefined && implementer.id !== reporting.bodyId) {
    xml += narrativeElement(IN, "participating-org", implementer.name, { role: ORGANISATION_ROLE.implementing });
  }
  for (const partner of activity.partners) {
    const name = partner.acronym === undefined ? partner.name : withAcronym(partner.name, partner.acronym);
    xml += narrativeElement(IN, "participating-org", name, { role: ORGANISATION_ROLE.implementing });
  }
  return xml;
}

function withAcronym(name: LocalizedText, acronym: string): LocalizedText {
  const text: Record<string, string> = {};
  for (const language of LANGUAGES) {
    const value = name[language];
    if (value !== undefined) text[language] = value === acronym ? value : `${value} (${acronym})`;
  }
  return text;
}

function statusCode(activity: Activity, asOf: string): string {
  if (periodStart(activity.period) > asOf) return ACTIVITY_STATUS.pipeline;
  if (periodEnd(activity.period) < asOf) return ACTIVITY_STATUS.finalisation;
  return ACTIVITY_STATUS.implementation;
}

/** A note on a date known only to the month or year (IATI must write a day), or taken from the report's period. */
function precisionNote(activity: Activity, date: string, day: string, side: "first" | "last"): string {
  const precision = precisionOf(date);
  const basis =
    activity.periodBasis === "reporting-period" ? " The source dates only its report's period, not the activity." : "";
  if (precision === "day" && basis === "") return "";
  const known =
    precision === "day" ? `${day}.` : `Known only to the ${precision} (${date}); ${day} is its ${side} day.`;
  return textElement(IN2, "narrative", `${known}${basis}`, { "xml:lang": "en" });
}

function activityDates(activity: Activity, asOf: string): string {
  const { start, end = start } = activity.period;
  const startDay = periodStart(activity.period);
  const endDay = periodEnd(activity.period);
  const startType = startDay <= asOf ? ACTIVITY_DATE_TYPE.actualStart : ACTIVITY_DATE_TYPE.plannedStart;
  const endType = endDay < asOf ? ACTIVITY_DATE_TYPE.actualEnd : ACTIVITY_DATE_TYPE.plannedEnd;
  return (
    parentElement(
      IN,
      "activity-date",
      { type: startType, "iso-date": startDay },
      precisionNote(activity, start, startDay, "first"),
    ) +
    parentElement(
      IN,
      "activity-date",
      { type: endType, "iso-date": endDay },
      precisionNote(activity, end, endDay, "last"),
    )
  );
}

function sectors(activity: Activity): string {
  const weights = dacSectorWeights(activity.topics);
  const shares = splitPercentages(weights.map((weight) => weight.topics));
  const total = activity.topics.length;
  let xml = "";
  weights.forEach(({ sector, topics }, index) => {
    const note =
      weights.length === 1
        ? ""
        : textElement(
            IN2,
            "narrative",
            `Percentage set by Remit, not by the source: ${topics} of the activity's ${total} topics fall under this sector.`,
            { "xml:lang": "en" },
          );
    xml += parentElement(
      IN,
      "sector",
      { vocabulary: SECTOR_VOCABULARY_DAC_5, code: sector.code, percentage: shares[index] },
      textElement(IN2, "narrative", sector.name, { "xml:lang": "en" }) + note,
    );
  });
  return xml;
}

function tags(activity: Activity, context: IatiContext): string {
  let xml = "";
  for (const topic of activity.topics) {
    xml += narrativeElement(IN, "tag", ACTIVITY_TOPIC_LABELS[topic], {
      vocabulary: TAG_VOCABULARY_REPORTING_ORG,
      "vocabulary-uri": context.topicVocabularyUri,
      code: topic,
    });
  }
  return xml;
}

/** The activity it is a stated part of, as IATI's parent (RelatedActivityType 1). */
function relatedActivities(activity: Activity, context: IatiContext): string {
  if (activity.partOf === undefined) return "";
  return emptyElement(IN, "related-activity", {
    ref: `${context.reportingOrg.ref}-${activity.partOf}`,
    type: RELATED_ACTIVITY_PARENT,
  });
}

/**
 * One `<iati-activity>` element, its children in the order the IATI 2.03 schema's sequence
 * requires: iati-identifier, reporting-org, title, description, participating-org,
 * activity-status, activity-date, recipient-country, recipient-region, sector, tag,
 * document-link, related-activity, result.
 */
export function iatiActivityXml(
  activity: Activity,
  observations: readonly Observation[],
  context: IatiContext,
): string {
  const reporting = context.reportingOrg;
  return parentElement(
    "  ",
    "iati-activity",
    {},
    textElement(IN, "iati-identifier", `${reporting.ref}-${activity.id}`) +
      narrativeElement(IN, "reporting-org", reporting.name, { ref: reporting.ref, type: reporting.type }) +
      narrativeElement(IN, "title", activity.title) +
      narrativeElement(IN, "description", activity.summary ?? composedDescription(activity), { type: "1" }) +
      participatingOrgs(activity, context) +
      emptyElement(IN, "activity-status", { code: statusCode(activity, context.asOf) }) +
      activityDates(activity, context.asOf) +
      recipientElements(activity) +
      sectors(activity) +
      tags(activity, context) +
      mandateDocumentLinks(activity.mandateIds, context) +
      relatedActivities(activity, context) +
      resultElements(observations, context),
  );
}
