import * as z from "zod";
import { CountryCoverage } from "../metric/CountryCoverage";
import { RegionCoverage } from "../metric/RegionCoverage";
import { Provenance } from "../provenance/Provenance";
import { RecordId } from "../record/RecordId";
import { LocalizedText } from "../text/LocalizedText";
import { Period } from "../time/Period";
import { ActivityKind } from "./ActivityKind";
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
export const DeliveryLanguage = z.string().regex(/^[a-z]{2}$/, { message: "expected an ISO 639-1 language code such as \"en\" or \"pt\"" });
/** A language an activity was delivered in (ISO 639-1). */
export type DeliveryLanguage = z.infer<typeof DeliveryLanguage>;

function unique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

/**
 * A technical-assistance activity: what UNODC delivered, on what, where, when, how, with
 * whom, for whom and under which mandates. Only `id`, `title`, `kind`, `period` and at
 * least one `provenance` are always known; lists may be empty and the rest absent when the
 * source does not say (never fill them in by guess). Results are not held here: they are
 * `Observation`s whose `activityIds` point at the activity.
 * @example Activity.parse({ id: "ocsea-diploma-course-2020", title: { en: "Online diploma course on OCSEA" }, kind: "online-course", topics: ["online-child-sexual-exploitation-and-abuse"], countries: { named: [], count: { value: 44, qualifier: "exact" } }, regions: { m49: [], named: [] }, period: { start: "2020" }, languages: ["en", "es"], partners: [{ name: { en: "International Centre for Missing and Exploited Children" }, acronym: "ICMEC" }], audiences: ["criminal-justice-practitioners"], mandateIds: [], provenance: [paragraph23OfThe2021Report] })
 */
export const Activity = z
  .object({
    id: RecordId,
    title: LocalizedText,
    summary: LocalizedText.optional(),
    kind: ActivityKind,
    topics: z.array(ActivityTopic),
    countries: CountryCoverage,
    regions: RegionCoverage,
    period: Period,
    deliveryMode: DeliveryMode.optional(),
    languages: z.array(DeliveryLanguage),
    partners: z.array(Partner),
    audiences: z.array(Audience),
    mandateIds: z.array(RecordId),
    /** The body that implemented it, when the source says (e.g. "unodc-gpc"). */
    implementerId: RecordId.optional(),
    provenance: z.array(Provenance).min(1),
  })
  .strict()
  .refine((activity) => unique(activity.topics), { message: "a topic is listed twice", path: ["topics"] })
  .refine((activity) => unique(activity.languages), { message: "a language is listed twice", path: ["languages"] })
  .refine((activity) => unique(activity.audiences), { message: "an audience is listed twice", path: ["audiences"] })
  .refine((activity) => unique(activity.mandateIds), { message: "a mandate is listed twice", path: ["mandateIds"] });
/** A technical-assistance activity. */
export type Activity = z.infer<typeof Activity>;

/** The texts free-text search looks in: the title and summary in every language present. */
export function activityTexts(activity: Activity): string[] {
  const texts = [activity.title, ...(activity.summary === undefined ? [] : [activity.summary])];
  return texts.flatMap((text) => Object.values(text).filter((value): value is string => value !== undefined));
}
