import {
  ACTIVITY_KINDS,
  ACTIVITY_TOPICS,
  AUDIENCES,
  DELIVERY_MODES,
  type Activity,
  type ActivityTopic,
  type Audience,
  type Country,
  type M49Region,
  type Observation,
} from "@remit/core";

/**
 * Synthetic technical-assistance activities for benchmarks and conformance tests: valid
 * records (core's Activity schema accepts every one), about 800 bytes of JSON each, from a
 * fixed seed so that every run exports the same data. Generated on the fly, so a million of
 * them cost no memory.
 */

/** A small, fast, seeded generator (mulberry32): the same seed gives the same sequence. */
export class SeededRandom {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(values: readonly T[]): T {
    const value = values[this.below(values.length)];
    if (value === undefined) throw new Error("pick from an empty list");
    return value;
  }

  /** Up to `max` distinct values, in the list's order. */
  some<T>(values: readonly T[], max: number): T[] {
    const count = this.below(max + 1);
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, values.length)) chosen.add(this.below(values.length));
    return [...chosen].sort((a, b) => a - b).map((index) => values[index] as T);
  }
}

const COUNTRIES: readonly Country[] = [
  "BFA",
  "BLZ",
  "SLV",
  "GTM",
  "HND",
  "CRI",
  "SEN",
  "NGA",
  "KEN",
  "THA",
  "PHL",
  "VNM",
  "IDN",
  "MYS",
  "BRA",
  "MEX",
  "COL",
  "PER",
  "JOR",
  "EGY",
  "UZB",
  "KAZ",
  "GHA",
  "ZAF",
];
const REGIONS: readonly M49Region[] = ["002", "011", "013", "019", "035", "142", "145", "419"];
const PARTNERS = [
  { name: { en: "International Criminal Police Organization", zh: "国际刑事警察组织" }, acronym: "INTERPOL" },
  { name: { en: "International Telecommunication Union", zh: "国际电信联盟" }, acronym: "ITU" },
  { name: { en: "European Cybercrime Training and Education Group" }, acronym: "ECTEG" },
  { name: { en: "National Center for Missing & Exploited Children" }, acronym: "NCMEC" },
  { name: { en: "Global technology companies", zh: "全球技术公司" } },
] as const;
const SUBJECTS = [
  {
    en: "digital forensics for investigators",
    fr: "criminalistique numérique pour enquêteurs",
    zh: "面向调查人员的数字法证",
  },
  {
    en: "electronic evidence in criminal proceedings",
    fr: "preuves électroniques dans la procédure pénale",
    zh: "刑事诉讼中的电子证据",
  },
  { en: "cryptocurrency investigations", fr: "enquêtes sur les cryptomonnaies", zh: "加密货币调查" },
  { en: "protecting children online", fr: "protection des enfants en ligne", zh: "网上保护儿童" },
  { en: "darknet threats", fr: "menaces du darknet", zh: "暗网威胁" },
] as const;

function day(random: SeededRandom, year: number): string {
  const month = 1 + random.below(12);
  const date = 1 + random.below(28);
  return `${year}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
}

function period(random: SeededRandom): Activity["period"] {
  const year = 2015 + random.below(8);
  const shape = random.below(4);
  if (shape === 0) return { start: String(year) };
  if (shape === 1) return { start: `${year}-${String(1 + random.below(12)).padStart(2, "0")}` };
  const start = day(random, year);
  return shape === 2 ? { start } : { start, end: `${year + 1}-${start.slice(5)}` };
}

/**
 * The activity number `index` of a synthetic set: an id, a title in English and French or
 * Chinese, often a summary, one to three topics, countries and regions, a period known to
 * the year, month or day, partners, audiences and the mandate A/RES/74/173; every tenth is
 * part of the one before, every seventh dated by its report's period.
 */
export function syntheticActivity(index: number, random: SeededRandom): Activity {
  const subject = random.pick(SUBJECTS);
  const topics: ActivityTopic[] = random.some(ACTIVITY_TOPICS, 3);
  const countries = random.some(COUNTRIES, 4);
  const audiences: Audience[] = random.some(AUDIENCES, 3);
  const activity: Activity = {
    id: `synthetic-${index}`,
    title:
      index % 3 === 0
        ? { zh: `${subject.zh}培训 ${index}`, en: `Training on ${subject.en} #${index}` }
        : { en: `Training on ${subject.en} #${index}`, fr: `Formation : ${subject.fr} n° ${index}` },
    kind: random.pick(ACTIVITY_KINDS),
    topics,
    countries:
      random.below(5) === 0
        ? { named: countries, count: { value: countries.length + 10, qualifier: "atLeast" } }
        : { named: countries },
    regions: { m49: random.some(REGIONS, 2), named: [] },
    period: period(random),
    deliveryMode: random.pick(DELIVERY_MODES),
    languages: random.some(["en", "fr", "es", "pt", "ar", "zh", "ru"], 3),
    partners: random.some(PARTNERS, 2).map((partner) => ({ ...partner })),
    audiences,
    mandateIds: ["a-res-74-173"],
    provenance: [{ source: "document", symbol: "E/CN.15/2021/2", paragraphs: [13 + random.below(20)] }],
    ...(index % 10 === 9 ? { partOf: `synthetic-${index - 1}` } : {}),
    ...(index % 7 === 3 ? { periodBasis: "reporting-period" as const } : {}),
  };
  if (index % 2 === 0) {
    return {
      ...activity,
      summary: {
        en: `Practitioners from ${countries.length} countries trained on ${subject.en}, with exercises on real cases & <tools>.`,
      },
    };
  }
  return activity;
}

/**
 * `count` synthetic activities, generated one at a time as they are read.
 * @example for await (const activity of syntheticActivities(1_000_000)) …
 */
export async function* syntheticActivities(count: number, seed = 20210517): AsyncGenerator<Activity> {
  const random = new SeededRandom(seed);
  for (let index = 0; index < count; index += 1) yield syntheticActivity(index, random);
}

/** The figure reported for a synthetic activity: people trained, sometimes a lower bound, sometimes by sex. */
export function syntheticObservation(activity: Activity, random: SeededRandom): Observation {
  const people = 10 + random.below(2_000);
  return {
    id: `${activity.id}-trained`,
    indicatorId: "people-trained",
    value:
      random.below(3) === 0
        ? { value: people, qualifier: "atLeast", strict: true, unit: "person" }
        : { value: people, qualifier: "exact", unit: "person" },
    scope: {
      period: activity.period,
      countries: activity.countries,
      regions: activity.regions,
      disaggregation: random.below(2) === 0 ? [{ dimension: "sex", value: "female" }] : [],
    },
    activityIds: [activity.id],
    provenance: activity.provenance,
  };
}

/** Synthetic activities, each with the observation of its results. */
export async function* syntheticActivitiesWithResults(
  count: number,
  seed = 20210517,
): AsyncGenerator<{ activity: Activity; observations: Observation[] }> {
  const random = new SeededRandom(seed);
  for (let index = 0; index < count; index += 1) {
    const activity = syntheticActivity(index, random);
    yield { activity, observations: [syntheticObservation(activity, random)] };
  }
}
