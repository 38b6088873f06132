import type { Activity } from "../../activity/Activity";
import { ACTIVITY_KINDS, ACTIVITY_KIND_LABELS } from "../../activity/ActivityKind";
import { ACTIVITY_TOPICS, ACTIVITY_TOPIC_LABELS } from "../../activity/ActivityTopic";
import { AUDIENCES, AUDIENCE_LABELS } from "../../activity/Audience";
import { DELIVERY_MODES } from "../../activity/DeliveryMode";
import { countryCodes, countryName, regionsOfCountry } from "../../geo";
import type { Indicator } from "../../metric/Indicator";
import type { Observation } from "../../metric/Observation";
import { seededRandom } from "./seededRandom";

/** The indicators the synthetic observations measure: people trained or reached, summed. */
export const SYNTHETIC_INDICATORS: readonly Indicator[] = [
  {
    id: "practitioners-trained",
    name: { en: "Criminal justice practitioners trained", fr: "Praticiens formés" },
    unit: "person",
    aggregation: "sum",
  },
  { id: "officials-trained", name: { en: "Officials trained" }, unit: "person", aggregation: "sum" },
  { id: "teachers-reached", name: { en: "Teachers reached" }, unit: "person", aggregation: "sum" },
  { id: "people-reached", name: { en: "People reached by awareness campaigns" }, unit: "person", aggregation: "sum" },
];

/** Mandates the activities serve (ids of the resolutions the 2021 report implements). */
const MANDATE_IDS = [
  "a-res-64-179",
  "a-res-65-230",
  "ccpcj-res-20-7",
  "ccpcj-res-22-8",
  "a-res-74-173",
  "a-res-74-174",
];

/** Partners the 2021 report names. */
const PARTNERS: Activity["partners"] = [
  { name: { en: "International Criminal Police Organization", zh: "国际刑事警察组织" }, acronym: "INTERPOL" },
  { name: { en: "International Telecommunication Union" }, acronym: "ITU" },
  { name: { en: "European Union Agency for Law Enforcement Cooperation" }, acronym: "Europol" },
  { name: { en: "European Cybercrime Training and Education Group" }, acronym: "ECTEG" },
  { name: { en: "World Bank", zh: "世界银行" } },
  { name: { en: "United Nations Children's Fund" }, acronym: "UNICEF" },
  { name: { en: "Association of Southeast Asian Nations" }, acronym: "ASEAN" },
  { name: { en: "International Centre for Missing and Exploited Children" }, acronym: "ICMEC" },
  { name: { en: "National Center for Missing and Exploited Children" }, acronym: "NCMEC" },
];

/**
 * The source every synthetic record cites: the 2021 report of the Secretary-General (its
 * number is not in the seeds), at one of the paragraphs that report activities (¶13–34).
 * The records are synthetic; the citation only has the shape of a real one.
 */
const SOURCE = "E/CN.15/2021/…";

/** Picks from a list with a skew toward its head, as programme countries and topics are. */
function skewed<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(items.length * random() ** 2)] as T;
}

function distinct<T>(random: () => number, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  for (let tries = 0; chosen.size < count && tries < count * 4; tries += 1) chosen.add(skewed(random, items));
  return [...chosen];
}

/**
 * The synthetic activity number `index`, valid against core's Activity schema: skewed
 * countries (none for one in ten), topics and audiences, mandate links, partners, a period
 * known to the day or to the year, a title in two or three languages.
 * @param countries the countries to draw from, most frequent first ({@link syntheticCountries})
 */
export function syntheticActivity(random: () => number, index: number, countries: readonly string[]): Activity {
  const kind = skewed(random, ACTIVITY_KINDS);
  const topics = distinct(random, ACTIVITY_TOPICS, 1 + Math.floor(random() * 3));
  const audiences = distinct(random, AUDIENCES, 1 + Math.floor(random() * 3));
  const named = distinct(random, countries, random() < 0.1 ? 0 : 1 + Math.floor(random() ** 3 * 5));
  const year = 2011 + Math.floor(random() * 11);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const start = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const topic = topics[0] ?? "cybercrime-investigation";
  const audience = audiences[0] ?? "criminal-justice-practitioners";
  const place = named[0] === undefined ? "several countries" : (countryName(named[0]) ?? named[0]);
  const id = `act-${String(index).padStart(7, "0")}`;
  const region = named[0] === undefined || random() < 0.7 ? [] : regionsOfCountry(named[0]).slice(0, 1);
  return {
    id,
    title: {
      en: `${ACTIVITY_KIND_LABELS[kind].en} on ${ACTIVITY_TOPIC_LABELS[topic].en} for ${AUDIENCE_LABELS[audience].en}, ${place} ${year} (#${index})`,
      fr: `${ACTIVITY_KIND_LABELS[kind].fr} : ${ACTIVITY_TOPIC_LABELS[topic].fr} (${year}, n° ${index})`,
      ...(random() < 0.3
        ? { zh: `${ACTIVITY_KIND_LABELS[kind].zh}：${ACTIVITY_TOPIC_LABELS[topic].zh}（${year}年）` }
        : {}),
    },
    ...(random() < 0.4
      ? {
          summary: {
            es: `${ACTIVITY_KIND_LABELS[kind].es} sobre ${ACTIVITY_TOPIC_LABELS[topic].es} para ${AUDIENCE_LABELS[audience].es}.`,
          },
        }
      : {}),
    kind,
    topics,
    countries: { named },
    regions: { m49: region, named: [] },
    period:
      random() < 0.8
        ? { start, end: `${year}-${String(month).padStart(2, "0")}-${String(Math.min(28, day + 2)).padStart(2, "0")}` }
        : { start: `${year}` },
    deliveryMode: skewed(random, DELIVERY_MODES),
    languages: distinct(random, ["en", "fr", "es", "ru", "ar", "zh", "pt"], 1 + Math.floor(random() * 2)),
    partners: distinct(random, PARTNERS, Math.floor(random() * 3)),
    audiences,
    mandateIds: distinct(random, MANDATE_IDS, 1 + Math.floor(random() * 2)),
    implementerId: random() < 0.5 ? "unodc-gpc" : "unodc",
    provenance: [{ source: "document", symbol: SOURCE, paragraphs: [13 + (index % 22)] }],
  };
}

/**
 * A synthetic observation of one of the {@link SYNTHETIC_INDICATORS} about `activity`: a
 * count of people, exact or, for one in five, "more than".
 */
export function syntheticObservation(random: () => number, activity: Activity, index: number): Observation {
  const indicator = skewed(random, SYNTHETIC_INDICATORS);
  const roughly = random() < 0.2;
  return {
    id: `obs-${String(index).padStart(7, "0")}`,
    indicatorId: indicator.id,
    value: {
      value: 5 + Math.floor(random() * 400),
      qualifier: roughly ? "atLeast" : "exact",
      ...(roughly ? { strict: true } : {}),
      unit: "person",
    },
    scope: { period: activity.period, countries: activity.countries, regions: activity.regions, disaggregation: [] },
    activityIds: [activity.id],
    provenance: [{ source: "document", symbol: SOURCE, paragraphs: [13 + (index % 22)] }],
  };
}

/**
 * The countries activities are drawn from, most frequent first: every country M49 knows,
 * in an order shuffled by the seed, so that the head is not alphabetical.
 */
export function syntheticCountries(seed: number): string[] {
  const random = seededRandom(seed ^ 0x5eed);
  const countries = [...countryCodes()];
  for (let index = countries.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [countries[index], countries[other]] = [countries[other] as string, countries[index] as string];
  }
  return countries;
}
