import type { Activity, Observation } from "@remit/core";
import { recordsOf, renderChunks, utf8Chunks, type Source } from "../stream/Source";
import { iatiActivityXml } from "./IatiActivityXml";
import { iatiContext, type IatiExportOptions } from "./IatiOptions";
import { escapeXmlAttribute } from "./XmlText";

/** An activity together with the observations that report its results. */
export interface IatiActivityInput {
  readonly activity: Activity;
  readonly observations: readonly Observation[];
}

/** What the IATI writer takes: an activity alone, or with its observations. */
export type IatiItem = Activity | IatiActivityInput;

function isInput(item: IatiItem): item is IatiActivityInput {
  return "activity" in item && "observations" in item;
}

/** The observations naming each activity in `activityIds`, by activity id. */
function observationsByActivity(observations: Iterable<Observation>): Map<string, Observation[]> {
  const byActivity = new Map<string, Observation[]>();
  for (const observation of observations) {
    for (const id of observation.activityIds) {
      const list = byActivity.get(id);
      if (list === undefined) byActivity.set(id, [observation]);
      else list.push(observation);
    }
  }
  return byActivity;
}

/**
 * Pairs activities with the observations that name them in `activityIds`, for data held in
 * memory (the dataset, a test). An observation about several activities is given to each.
 * Streamed exports of a store pair them as they read instead ({@link pagedWithObservations}).
 * @example exportIati(withObservations(dataset.activities, dataset.observations), { mandates: dataset.mandates })
 */
export function withObservations(
  activities: Iterable<Activity>,
  observations: Iterable<Observation>,
): IatiActivityInput[] {
  const byActivity = observationsByActivity(observations);
  return [...activities].map((activity) => ({ activity, observations: byActivity.get(activity.id) ?? [] }));
}

/**
 * {@link withObservations} for activities streamed from a store: each activity is paired as
 * it is read, so an export holds the observations (few) and never every activity at once.
 * @example exportIati(streamWithObservations(activitiesFromStore, observations))
 */
export async function* streamWithObservations(
  activities: Source<Activity>,
  observations: Iterable<Observation>,
): AsyncGenerator<IatiActivityInput> {
  const byActivity = observationsByActivity(observations);
  for await (const activity of activities) yield { activity, observations: byActivity.get(activity.id) ?? [] };
}

/**
 * The observations naming any of `activityIds`, by id: a store's query for one page of
 * activities (core's `activityObservations`), or a lookup in memory.
 */
export type ObservationsOfActivities = (
  activityIds: readonly string[],
) => Promise<readonly Observation[]> | readonly Observation[];

/** Activities paired per query of {@link pagedWithObservations}: one store round trip each, a few MB held. */
export const ACTIVITIES_PER_PAGE = 500;

async function* pairPage(
  page: readonly Activity[],
  observationsOf: ObservationsOfActivities,
): AsyncGenerator<IatiActivityInput> {
  const byActivity = observationsByActivity(await observationsOf(page.map((activity) => activity.id)));
  for (const activity of page) yield { activity, observations: byActivity.get(activity.id) ?? [] };
}

/**
 * {@link withObservations} for a store of any size: activities are read `pageSize` at a
 * time, as the writer pulls them, and the observations of each page are asked for together
 * (`observationsOf`, one query), so an export holds one page of activities and their
 * observations, never all of either. Observations come in the order `observationsOf` gives
 * (by id from a store), as they do from {@link streamWithObservations} over every
 * observation by id: the file is the same byte for byte.
 * @example exportIati(pagedWithObservations(activitiesFromStore, (ids) => observationsOfActivities(ids)))
 */
export async function* pagedWithObservations(
  activities: Source<Activity>,
  observationsOf: ObservationsOfActivities,
  pageSize: number = ACTIVITIES_PER_PAGE,
): AsyncGenerator<IatiActivityInput> {
  let page: Activity[] = [];
  for await (const activity of recordsOf(activities)) {
    page.push(activity);
    if (page.length >= pageSize) {
      yield* pairPage(page, observationsOf);
      page = [];
    }
  }
  if (page.length > 0) yield* pairPage(page, observationsOf);
}

/** The seconds of an ISO date-time, without milliseconds: `2021-05-17T09:00:00Z`. */
function dateTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

function documentChunks(items: Source<IatiItem>, options: IatiExportOptions): AsyncGenerator<string> {
  const context = iatiContext(options);
  const head =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<iati-activities version="2.03" generated-datetime="${escapeXmlAttribute(dateTime(context.generatedAt))}">\n`;
  const render = (item: IatiItem): string =>
    isInput(item) ? iatiActivityXml(item.activity, item.observations, context) : iatiActivityXml(item, [], context);
  return renderChunks(items, render, head, "</iati-activities>\n");
}

/**
 * Writes activities as an IATI 2.03 activity file (`<iati-activities version="2.03">`),
 * streamed: each activity is turned into its `<iati-activity>` element on its own and
 * handed on in chunks of about 64 KB, so memory stays constant however many activities
 * there are. The file validates against the official IATI 2.03 XSD. Every text is
 * XML-escaped; narratives carry `xml:lang` per language. See the package README for what
 * each Remit field becomes and what IATI leaves out.
 *
 * IATI requires at least one activity per file: an empty input gives a file that the XSD
 * rejects.
 * @example
 * await pipeline(
 *   Readable.from(exportIati(withObservations(dataset.activities, dataset.observations), { mandates: dataset.mandates, indicators: dataset.indicators })),
 *   createWriteStream("unodc-activities.xml"),
 * );
 */
export function exportIati(items: Source<IatiItem>, options: IatiExportOptions = {}): AsyncGenerator<string> {
  return documentChunks(items, options);
}

/** {@link exportIati} as UTF-8 bytes. */
export function exportIatiBytes(items: Source<IatiItem>, options: IatiExportOptions = {}): AsyncGenerator<Uint8Array> {
  return utf8Chunks(exportIati(items, options));
}
