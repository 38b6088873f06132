import type { EntityKind } from "@remit/core";
import activities from "../data/activities.json";
import bodies from "../data/bodies.json";
import indicators from "../data/indicators.json";
import instruments from "../data/instruments.json";
import mandates from "../data/mandates.json";
import observations from "../data/observations.json";
import sessions from "../data/sessions.json";
import thematicDiscussions from "../data/thematic-discussions.json";

/**
 * The property of a {@link Dataset} that holds the records of each kind.
 */
export const DATASET_KEYS = {
  body: "bodies",
  session: "sessions",
  thematicDiscussion: "thematicDiscussions",
  mandate: "mandates",
  instrument: "instruments",
  activity: "activities",
  indicator: "indicators",
  observation: "observations",
} as const satisfies Record<EntityKind, string>;

/** The property of a dataset that holds one kind of record: `DatasetKey<"mandate">` is `"mandates"`. */
export type DatasetKey<K extends EntityKind = EntityKind> = (typeof DATASET_KEYS)[K];

/**
 * One data file of the package as it was read: the kind its records are, the file's name
 * under `data/` (for problem reports) and its records, not yet validated.
 */
export interface DatasetFile<K extends EntityKind = EntityKind> {
  readonly kind: K;
  readonly file: string;
  readonly records: readonly unknown[];
}

/**
 * The package's data files, one per entity kind, in the order a store should receive them
 * (bodies before what names them). The JSON is imported statically, so a bundler inlines it
 * and the dataset works in a browser without file access.
 * @example DATASET_FILES.map((file) => `${file.file}: ${file.records.length}`)
 */
export const DATASET_FILES: readonly DatasetFile[] = [
  { kind: "body", file: "data/bodies.json", records: bodies },
  { kind: "mandate", file: "data/mandates.json", records: mandates },
  { kind: "instrument", file: "data/instruments.json", records: instruments },
  { kind: "session", file: "data/sessions.json", records: sessions },
  { kind: "thematicDiscussion", file: "data/thematic-discussions.json", records: thematicDiscussions },
  { kind: "activity", file: "data/activities.json", records: activities },
  { kind: "indicator", file: "data/indicators.json", records: indicators },
  { kind: "observation", file: "data/observations.json", records: observations },
];
