import fc from "fast-check";
import { PeriodBasis, type Activity } from "../../activity/Activity";
import { ACTIVITY_KINDS } from "../../activity/ActivityKind";
import { ACTIVITY_TOPICS } from "../../activity/ActivityTopic";
import { AUDIENCES } from "../../activity/Audience";
import { DELIVERY_MODES } from "../../activity/DeliveryMode";
import type { Partner } from "../../activity/Partner";
import { arbitraryDocumentProvenance, arbitraryLocalizedText } from "./mandate";
import { METRIC_COUNTRIES, arbitraryCountryCoverage, arbitraryMetricPeriod, arbitraryRegionCoverage } from "./metric";

/** Partners the 2021 report names (¶8, ¶23–26), as acronym and English name. */
const PARTNERS: readonly Partner[] = [
  { name: { en: "International Criminal Police Organization", zh: "国际刑事警察组织" }, acronym: "INTERPOL" },
  { name: { en: "International Telecommunication Union", zh: "国际电信联盟" }, acronym: "ITU" },
  {
    name: { en: "European Union Agency for Law Enforcement Cooperation", zh: "欧洲联盟执法合作署" },
    acronym: "Europol",
  },
  { name: { en: "European Cybercrime Training and Education Group" }, acronym: "ECTEG" },
  { name: { en: "World Bank", zh: "世界银行" } },
  { name: { en: "United Nations Children's Fund", zh: "联合国儿童基金会" }, acronym: "UNICEF" },
  { name: { en: "Association of Southeast Asian Nations", zh: "东南亚国家联盟" }, acronym: "ASEAN" },
  {
    name: { en: "International Centre for Missing and Exploited Children", zh: "国际失踪和受剥削儿童中心" },
    acronym: "ICMEC",
  },
  {
    name: { en: "National Center for Missing and Exploited Children", zh: "国家失踪和受剥削儿童中心" },
    acronym: "NCMEC",
  },
  { name: { en: "Global technology companies", zh: "全球技术公司" } },
];

/** Mandate ids of the resolutions the 2021 report implements (¶1–5, ¶20). */
const MANDATE_IDS = [
  "a-res-64-179",
  "a-res-65-230",
  "ccpcj-res-20-7",
  "ccpcj-res-22-8",
  "a-res-74-173",
  "a-res-74-174",
] as const;

/** The words generated titles are made of, in several scripts, with accents. */
const WORDS = [
  "cybercrime",
  "formation",
  "évaluation",
  "darknet",
  "网络犯罪",
  "培训",
  "киберпреступность",
  "الجرائم",
  "capacitación",
] as const;

const arbitraryTitleWords = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 })
  .map((words) => words.join(" "));

/** A title in one to three languages, made of real words so free-text search can be tested. */
const arbitraryTitle = fc
  .subarray(["en", "fr", "es", "zh", "ru", "ar"] as const, { minLength: 1, maxLength: 3 })
  .chain((languages) =>
    fc.tuple(...languages.map((language) => arbitraryTitleWords.map((text) => [language, text] as const))),
  )
  .map((entries) => Object.fromEntries(entries) as Activity["title"]);

/**
 * Ids of activities outside this generator's id space (longer than any generated id): a
 * generated activity may be part of, or overlap with, one of them, so the fields round-trip
 * through stores and files without ever relating two generated activities (which would make
 * aggregations warn about overlaps).
 */
const RELATED_ACTIVITY_IDS = [
  "act-2020-prevention-campaigns-for-children",
  "act-2020-cybercrime-investigation-training-all",
] as const;

/** A valid technical-assistance activity; optional fields are sometimes absent, lists sometimes empty. */
export const arbitraryActivity: fc.Arbitrary<Activity> = fc.record(
  {
    id: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
    title: arbitraryTitle,
    summary: arbitraryLocalizedText,
    kind: fc.constantFrom(...ACTIVITY_KINDS),
    topics: fc.subarray([...ACTIVITY_TOPICS], { maxLength: 4 }),
    countries: arbitraryCountryCoverage,
    places: fc.uniqueArray(
      fc.record({
        country: fc.constantFrom(...METRIC_COUNTRIES),
        role: fc.constantFrom<"based-in" | "venue">("based-in", "venue"),
      }),
      { maxLength: 3, selector: (place) => `${place.role} ${place.country}` },
    ),
    regions: arbitraryRegionCoverage,
    period: arbitraryMetricPeriod,
    periodBasis: fc.constantFrom(...PeriodBasis.options),
    deliveryMode: fc.constantFrom(...DELIVERY_MODES),
    languages: fc.subarray(["ar", "zh", "en", "fr", "ru", "es", "pt"], { maxLength: 4 }),
    partners: fc.subarray([...PARTNERS], { maxLength: 3 }),
    audiences: fc.subarray([...AUDIENCES], { maxLength: 4 }),
    mandateIds: fc.subarray([...MANDATE_IDS], { maxLength: 3 }),
    implementerId: fc.constantFrom("unodc", "unodc-gpc"),
    partOf: fc.constantFrom(RELATED_ACTIVITY_IDS[0]),
    mayOverlapWith: fc.constant([RELATED_ACTIVITY_IDS[1]]),
    provenance: fc.array(arbitraryDocumentProvenance, { minLength: 1, maxLength: 2 }),
  },
  {
    requiredKeys: [
      "id",
      "title",
      "kind",
      "topics",
      "countries",
      "regions",
      "period",
      "languages",
      "partners",
      "audiences",
      "mandateIds",
      "provenance",
    ],
  },
);
