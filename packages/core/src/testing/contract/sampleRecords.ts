import fc from "fast-check";
import type { EntityKind, EntityOf } from "../../store/EntityKind";
import { recordsEqual } from "../../store/recordsEqual";
import { arbitraryActivity } from "../arbitraries/activity";
import { arbitraryBody } from "../arbitraries/body";
import { arbitraryThematicDiscussion } from "../arbitraries/discussion";
import { arbitraryLegalInstrument } from "../arbitraries/instrument";
import { arbitraryMandate } from "../arbitraries/mandate";
import { arbitraryIndicator, arbitraryObservation } from "../arbitraries/metric";
import { arbitrarySession } from "../arbitraries/session";

/**
 * The arbitrary of valid records of every stored kind, from the entity owners' arbitraries.
 * Adapters may use it for their own property tests.
 */
export const ARBITRARY_RECORDS: { readonly [K in EntityKind]: fc.Arbitrary<EntityOf<K>> } = {
  body: arbitraryBody,
  session: arbitrarySession,
  thematicDiscussion: arbitraryThematicDiscussion,
  mandate: arbitraryMandate,
  instrument: arbitraryLegalInstrument,
  activity: arbitraryActivity,
  indicator: arbitraryIndicator,
  observation: arbitraryObservation,
};

/** A fixed seed, so the example-based tests of the contract see the same records on every run. */
const SAMPLE_SEED = 20_210_517;

/**
 * `count` valid records of a kind with distinct ids `<prefix>-0000`, `<prefix>-0001`, …
 * (the rest of each record as the kind's arbitrary made it), reproducible across runs.
 */
export function sampleRecords<K extends EntityKind>(
  kind: K,
  count: number,
  prefix: string = kind.toLowerCase(),
): EntityOf<K>[] {
  const samples = fc.sample(ARBITRARY_RECORDS[kind], { numRuns: count, seed: SAMPLE_SEED + count });
  return samples.map((record, index) => ({ ...record, id: `${prefix}-${String(index).padStart(4, "0")}` }));
}

/** One valid record of a kind with the given id. */
export function sampleRecord<K extends EntityKind>(kind: K, id: string): EntityOf<K> {
  const [record] = sampleRecords(kind, 1);
  if (record === undefined) throw new Error(`the ${kind} arbitrary produced no sample`);
  return { ...record, id };
}

/** `count` different valid versions of one record (same kind and id), for tests of changes. */
export function versionsOf<K extends EntityKind>(kind: K, id: string, count: number): EntityOf<K>[] {
  const versions: EntityOf<K>[] = [];
  for (const candidate of sampleRecords(kind, count * 4 + 4)) {
    const version = { ...candidate, id };
    if (!versions.some((known) => recordsEqual(known, version))) versions.push(version);
    if (versions.length === count) return versions;
  }
  throw new Error(`the ${kind} arbitrary produced fewer than ${count} different records`);
}
