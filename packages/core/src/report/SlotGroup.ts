import type { Activity } from "../activity/Activity";
import type { Observation } from "../metric/Observation";
import type { Provenance } from "../provenance/Provenance";
import { mergeProvenance } from "../provenance/Provenance";
import type { Result } from "../result/Result";
import type { ReportFact, ReportFigure } from "./ReportFigure";
import type { SlotValue } from "./TemplateText";
import { unfilledPart, type UnfilledPart } from "./UnfilledPart";

/**
 * What one figure or fact spec resolved to: the template slots it fills (its own and its
 * sub-slots such as `meeting.held`), the figure or fact it adds to the paragraph, and the
 * records behind it (so that a fact can speak of a figure's activities).
 */
export interface SlotGroup {
  readonly slots: readonly (readonly [string, SlotValue])[];
  readonly figure?: ReportFigure;
  readonly fact?: ReportFact;
  readonly activities?: readonly Activity[];
  readonly observations?: readonly Observation[];
}

/** A resolved spec, or the `UnfilledPart` that says why the records could not fill it. */
export type Resolved = Result<SlotGroup, UnfilledPart>;

/** A failed resolution of the slot at `location` (`fact {meeting}`): `why` says what the records lack. */
export function unresolved(location: string, why: string): Resolved {
  return { ok: false, error: unfilledPart(location, why) };
}

/** The provenance of some activities: the documents that state them and the activity records. */
export function activitiesProvenance(
  activities: readonly Activity[],
  observations: readonly Observation[] = [],
): Provenance[] {
  return mergeProvenance([
    ...activities.flatMap((activity) => activity.provenance),
    ...observations.flatMap((observation) => observation.provenance),
    {
      source: "computed",
      activityIds: activities.map((activity) => activity.id),
      observationIds: observations.map((observation) => observation.id),
    },
  ]);
}

/** Builds a fact whose slot shows `text`; `items` when the text is a list. */
export function factGroup(
  key: string,
  fact: Omit<ReportFact, "key">,
  items?: readonly string[],
  extra: readonly (readonly [string, SlotValue])[] = [],
): SlotGroup {
  const slot: SlotValue = { text: fact.text, factKey: key, ...(items !== undefined ? { items } : {}) };
  return { slots: [[key, slot], ...extra], fact: { key, ...fact } };
}

/** Removes what ends a sentence from a record's text, so a template can end it in its own way. */
export function trimSentence(text: string): string {
  return text.trim().replace(/[.。;；]+$/u, "");
}

/** The distinct values in first-seen order. */
export function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
