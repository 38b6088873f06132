import * as z from "zod/mini";
import { RegionalGroup } from "../../geo/RegionalGroup";
import type { MessageCatalog } from "../../message/MessageCatalog";
import { SessionDates } from "../../session/SessionDates";
import { Language } from "../../text/Language";

/**
 * The wordings of decision 18/1's findings and of the phrases they are built from, by key,
 * with the slots each takes. A finding carries its key and values ({@link FindingWording}) so
 * that each language words it whole; the English catalog builds the finding's `reason`.
 */
export const FINDING_SLOTS = {
  "nomination.none": ["due"],
  "nomination.noDate": ["who", "due"],
  "nomination.onTime": ["who", "on", "due"],
  "nomination.late": ["who", "on", "due"],
  "nomination.undetermined": ["who", "on", "due"],
  "election.none": ["due"],
  "election.onTime": ["on", "due"],
  "election.late": ["on", "due"],
  "election.undetermined": ["on", "due"],
  "podium.none": [],
  "podium.ok": [],
  "podium.violation": ["seats", "problems"],
  "experts.none": [],
  "experts.unplaced": ["experts"],
  "experts.single": ["group"],
  "experts.oneGroup": ["count", "group"],
  "experts.ok": ["count", "groupCount", "groups"],
  "limit.none": ["noun", "bound"],
  "limit.noDuration": ["who", "bound"],
  "limit.over": ["who", "basis", "time", "bound", "excess"],
  "limit.within": ["who", "basis", "time", "bound"],
  "distribution.none": [],
  "distribution.ok": ["who"],
  "distribution.violation": ["who"],
  "distribution.unknown": ["who"],
  "guide.none": ["due"],
  "guide.violation": ["guide", "problems", "due"],
  "guide.unknown": ["guide", "languages", "due"],
  "guide.ok": ["guide", "due"],
  "guide.notIssuedIn": ["languages"],
  "guide.lateIn": ["issues"],
  "guide.issuedOn": ["language", "on"],
  "guide.notKnownFor": ["languages"],
  "podium.noSeat": ["groups"],
  "podium.seatsFor": ["count", "group"],
  "who.nomination": ["index", "by"],
  "who.nominationOf": ["index", "by", "nominee"],
  "by.state": ["country"],
  "by.group": ["group"],
  "who.speaker": ["noun", "index"],
  "who.speakerNamed": ["noun", "index", "speaker"],
  "who.speakerOfGroup": ["noun", "index", "group"],
  "seconds.whole": ["seconds", "min"],
  "seconds.part": ["seconds", "min", "sec"],
  "due.known": ["when", "span", "opening"],
  "due.unknown": ["span", "opening"],
  "window.day": ["day"],
  "window.between": ["from", "to"],
  "window.noLaterThan": ["day"],
  "window.noEarlierThan": ["day"],
  "opening.on": ["when"],
  "opening.within": ["when"],
  "opening.notKnown": ["dates"],
  "opening.otherSession": ["given", "own"],
  "group.african": [],
  "group.asia-pacific": [],
  "group.eastern-european": [],
  "group.latin-american-caribbean": [],
  "group.western-european-other": [],
  "language.ar": [],
  "language.zh": [],
  "language.en": [],
  "language.fr": [],
  "language.ru": [],
  "language.es": [],
  "list.comma": [],
  "list.semicolon": [],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** The slots of each finding wording. */
export type FindingSlots = typeof FINDING_SLOTS;
/** The key of a finding's wording or of a phrase in it. */
export type FindingKey = keyof FindingSlots;
/** The findings of decision 18/1 worded in one language. */
export type FindingCatalog = MessageCatalog<FindingSlots>;

/** Regional groups in a finding, worded by the reader's catalog and listed in its way. */
export interface GroupsValue {
  readonly groups: readonly RegionalGroup[];
}

/** Official languages in a finding (a guide's versions), named in the reader's language. */
export interface LanguagesValue {
  readonly languages: readonly Language[];
}

/** Several phrases in one slot, joined by the reader's comma or semicolon. */
export interface PhrasesValue {
  readonly phrases: readonly FindingWording[];
  readonly separator: "comma" | "semicolon";
}

/** The session dates of an opening not known to the day, worded in the reader's language. */
export interface OpeningDatesValue {
  readonly dates: SessionDates;
}

/** What fills a slot of a finding: a code or ISO date, a number, or a phrase worded in turn. */
export type FindingValue =
  string | number | GroupsValue | LanguagesValue | PhrasesValue | OpeningDatesValue | FindingWording;

/** A finding's (or a phrase's) wording as data: its key and the values of its slots. */
export interface FindingWording {
  readonly key: FindingKey;
  readonly values: Readonly<Record<string, FindingValue>>;
}

const FINDING_KEYS = Object.keys(FINDING_SLOTS) as [FindingKey, ...FindingKey[]];

/** A phrase's slot values without phrases in them: codes, numbers, groups, languages, dates. */
const LEAF_VALUES = [
  z.string(),
  z.number(),
  z.strictObject({ groups: z.array(RegionalGroup) }),
  z.strictObject({ languages: z.array(Language) }),
  z.strictObject({ dates: SessionDates }),
] as const;

/** A wording whose values may hold phrases of `inner`, or only leaves when there is none. */
function wordingOf(inner?: z.ZodMiniType<FindingWording>): z.ZodMiniType<FindingWording> {
  const phrases =
    inner === undefined
      ? []
      : [inner, z.strictObject({ phrases: z.array(inner), separator: z.enum(["comma", "semicolon"]) })];
  return z.strictObject({
    key: z.enum(FINDING_KEYS),
    values: z.record(z.string(), z.union([...LEAF_VALUES, ...phrases])),
  });
}

/**
 * The schema of a finding's wording. Phrases nest at most four deep (a deadline holds the
 * session's opening, which holds its day), so the schema spells the levels out rather than
 * recurring: a JSON Schema or OpenAPI document then needs no self-reference.
 */
export const FindingWording: z.ZodMiniType<FindingWording> = wordingOf(wordingOf(wordingOf(wordingOf())));
