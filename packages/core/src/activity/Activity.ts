import { FORMAT_RULE_MESSAGES } from "../rule/FormatRules";
import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { CountryCoverage } from "../metric/CountryCoverage";
import { RegionCoverage } from "../metric/RegionCoverage";
import { Provenance } from "../provenance/Provenance";
import { RecordId } from "../record/RecordId";
import { LocalizedText } from "../text/LocalizedText";
import { Period } from "../time/Period";
import { ActivityKind } from "./ActivityKind";
import { ActivityPlace } from "./ActivityPlace";
import { ActivityTopic } from "./ActivityTopic";
import { Audience } from "./Audience";
import { DeliveryMode } from "./DeliveryMode";
import { Partner } from "./Partner";

/**
 * A language an activity was delivered in, as an ISO 639-1 code. Wider than the six
 * official languages (`Language`, which it accepts) because activities are delivered in
 * others: the OCSEA webinars ran in English, French, Portuguese and Spanish (¶22).
 * @example DeliveryLanguage.parse("pt")
 */
export const DeliveryLanguage = z.string().check(z.regex(/^[a-z]{2}$/, { message: FORMAT_RULE_MESSAGES.languageCode }));
/** A language an activity was delivered in (ISO 639-1). */
export type DeliveryLanguage = z.infer<typeof DeliveryLanguage>;

/**
 * Where an activity's `period` comes from: "stated" when the source gives the activity's
 * own time ("in 2020", "since February 2020"), "reporting-period" when it gives none and the
 * period is the reporting period of the document that reports it (the 2021 report covers
 * 2020, summary; ¶14 dates nothing). A query by period matches both; a reader can tell them apart.
 * @example PeriodBasis.parse("reporting-period")
 */
export const PeriodBasis = z.enum(["stated", "reporting-period"]);
/** Where an activity's period comes from. */
export type PeriodBasis = z.infer<typeof PeriodBasis>;

function unique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

/**
 * A technical-assistance activity: what UNODC delivered, on what, where, when, how, with
 * whom, for whom and under which mandates. `countries` are the countries it assists;
 * `places` the countries it names in another role (where its people are based, where it
 * took place: see {@link PlaceRole}). Only `id`, `title`, `kind`, `period` and at
 * least one `provenance` are always known; lists may be empty and the rest absent when the
 * source does not say (never fill them in by guess). Results are not held here: they are
 * `Observation`s whose `activityIds` point at the activity.
 *
 * How activities relate, so that their figures are not added as if disjoint:
 * - `partOf`: the activity is a stated part of another (the Guatemalan television campaign
 *   of ¶33 is part of the prevention campaigns for children and students);
 * - `mayOverlapWith`: activities whose figures may count the same people, where the source
 *   does not say whether one includes the other (¶17's 2,440 practitioners trained and
 *   ¶18's more than 130 officials). `aggregate` reports such pairs in a cell as `overlaps`.
 * `periodBasis` says whether `period` is the activity's own or the report's period.
 * @example Activity.parse({ id: "ocsea-diploma-course-2020", title: { en: "Online diploma course on OCSEA" }, kind: "online-course", topics: ["online-child-sexual-exploitation-and-abuse"], countries: { named: [], count: { value: 44, qualifier: "exact" } }, regions: { m49: [], named: [] }, period: { start: "2020" }, languages: ["en", "es"], partners: [{ name: { en: "International Centre for Missing and Exploited Children" }, acronym: "ICMEC" }], audiences: ["criminal-justice-practitioners"], mandateIds: [], provenance: [paragraph23OfThe2021Report] })
 */
export const Activity = z
  .strictObject({
    id: RecordId,
    title: LocalizedText,
    summary: z.optional(LocalizedText),
    kind: ActivityKind,
    topics: z.array(ActivityTopic),
    countries: CountryCoverage,
    places: z.optional(z.array(ActivityPlace)),
    regions: RegionCoverage,
    period: Period,
    periodBasis: z.optional(PeriodBasis),
    deliveryMode: z.optional(DeliveryMode),
    languages: z.array(DeliveryLanguage),
    partners: z.array(Partner),
    audiences: z.array(Audience),
    mandateIds: z.array(RecordId),
    /** The body that implemented it, when the source says (e.g. "unodc-gpc"). */
    implementerId: z.optional(RecordId),
    partOf: z.optional(RecordId),
    mayOverlapWith: z.optional(z.array(RecordId).check(z.minLength(1))),
    provenance: z.array(Provenance).check(z.minLength(1)),
  })
  .check(
    z.refine((activity) => activity.partOf !== activity.id, {
      message: "an activity cannot be part of itself",
      params: rule("activity.partOfItself", {}),
      path: ["partOf"],
    }),
    z.refine((activity) => !(activity.mayOverlapWith ?? []).includes(activity.id), {
      message: "an activity's figures always overlap its own: list only other activities",
      params: rule("activity.overlapsItself", {}),
      path: ["mayOverlapWith"],
    }),
    z.refine(
      (activity) => activity.partOf === undefined || !(activity.mayOverlapWith ?? []).includes(activity.partOf),
      {
        message: "the whole an activity is part of certainly overlaps it: keep it in partOf only",
        params: rule("activity.overlapsWhole", {}),
        path: ["mayOverlapWith"],
      },
    ),
    z.refine((activity) => unique(activity.mayOverlapWith ?? []), {
      message: "an activity is listed twice",
      params: rule("list.activityTwice", {}),
      path: ["mayOverlapWith"],
    }),
    z.refine((activity) => unique((activity.places ?? []).map((place) => `${place.role} ${place.country}`)), {
      message: "a place is listed twice in the same role",
      params: rule("activity.placeTwice", {}),
      path: ["places"],
    }),
    z.refine((activity) => unique(activity.topics), {
      message: "a topic is listed twice",
      params: rule("activity.topicTwice", {}),
      path: ["topics"],
    }),
    z.refine((activity) => unique(activity.languages), {
      message: "a language is listed twice",
      params: rule("activity.languageTwice", {}),
      path: ["languages"],
    }),
    z.refine((activity) => unique(activity.audiences), {
      message: "an audience is listed twice",
      params: rule("activity.audienceTwice", {}),
      path: ["audiences"],
    }),
    z.refine((activity) => unique(activity.mandateIds), {
      message: "a mandate is listed twice",
      params: rule("activity.mandateTwice", {}),
      path: ["mandateIds"],
    }),
  );
/** A technical-assistance activity. */
export type Activity = z.infer<typeof Activity>;

/** The texts free-text search looks in: the title and summary in every language present. */
export function activityTexts(activity: Activity): string[] {
  const texts = [activity.title, ...(activity.summary === undefined ? [] : [activity.summary])];
  return texts.flatMap((text) => Object.values(text).filter((value): value is string => value !== undefined));
}
