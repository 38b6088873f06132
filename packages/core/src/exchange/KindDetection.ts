import { ENTITY_KINDS, type EntityKind } from "../store/EntityKind";
import { bindCsvHeader } from "./CsvRecords";

const KIND_WORDS: Readonly<Record<string, EntityKind>> = {
  body: "body",
  bodies: "body",
  session: "session",
  sessions: "session",
  meeting: "session",
  meetings: "session",
  thematicdiscussion: "thematicDiscussion",
  thematicdiscussions: "thematicDiscussion",
  discussion: "thematicDiscussion",
  discussions: "thematicDiscussion",
  mandate: "mandate",
  mandates: "mandate",
  instrument: "instrument",
  instruments: "instrument",
  activity: "activity",
  activities: "activity",
  indicator: "indicator",
  indicators: "indicator",
  observation: "observation",
  observations: "observation",
};

/**
 * The kind a word names, singular or plural, in any case and with any separators:
 * "activities", "Activity", "thematic-discussions", "thematicDiscussion".
 * @example kindOfWord("thematic-discussions") // "thematicDiscussion"
 */
export function kindOfWord(word: string): EntityKind | undefined {
  return KIND_WORDS[word.toLowerCase().replace(/[^a-z]/g, "")];
}

/**
 * The kind a file's name says: its whole name without extensions, else one of its words
 * ("activities.jsonl", "2020-mandates.csv", "thematic-discussions.json").
 * @example kindOfFileName("data/2020-activities.csv") // "activity"
 */
export function kindOfFileName(path: string): EntityKind | undefined {
  const name = path.split(/[\\/]/).at(-1) ?? path;
  const stem = name.replace(/(\.[A-Za-z0-9]+)+$/, "");
  return (
    kindOfWord(stem) ??
    stem
      .split(/[._\s-]+/)
      .map(kindOfWord)
      .find((kind) => kind !== undefined)
  );
}

/** Fields only one kind of record has: the first kind whose fields are all present wins. */
const SIGNATURES: readonly (readonly [EntityKind, readonly string[]])[] = [
  ["observation", ["indicatorId", "value", "scope"]],
  ["activity", ["topics", "countries", "period"]],
  ["thematicDiscussion", ["sessionId", "theme"]],
  ["session", ["designation", "schedule"]],
  ["mandate", ["provisions", "reportingObligations"]],
  ["instrument", ["partiesCounts"]],
  ["indicator", ["unit", "aggregation"]],
  ["body", ["name", "kind"]],
];

/**
 * The kind a bare record's fields say, for files that hold records without envelopes and
 * whose name says nothing: an observation has `indicatorId`, `value` and `scope`, an activity
 * `topics`, `countries` and `period`, and so on.
 * @example kindOfRecord({ id: "x", indicatorId: "people-trained", value: {}, scope: {} }) // "observation"
 */
export function kindOfRecord(record: unknown): EntityKind | undefined {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return undefined;
  const keys = new Set(Object.keys(record));
  return SIGNATURES.find(([, fields]) => fields.every((field) => keys.has(field)))?.[0];
}

/**
 * The kind whose CSV layout a header row matches exactly, when exactly one does.
 * @example kindOfCsvHeader(["id", "name_en", "kind"]) // "body"
 */
export function kindOfCsvHeader(header: readonly string[]): EntityKind | undefined {
  const matching = ENTITY_KINDS.filter((kind) => bindCsvHeader(kind, header).ok);
  return matching.length === 1 ? matching[0] : undefined;
}
