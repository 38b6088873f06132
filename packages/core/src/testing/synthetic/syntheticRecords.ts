import type { Activity } from "../../activity/Activity";
import type { Indicator } from "../../metric/Indicator";
import type { Observation } from "../../metric/Observation";
import { seededRandom } from "./seededRandom";
import { SYNTHETIC_INDICATORS, syntheticActivity, syntheticCountries, syntheticObservation } from "./syntheticActivity";

/** Changes whenever the generated records change, so that files cached by a benchmark are not reused. */
export const GENERATOR_VERSION = 2;

/** The seed the benchmarks and conformance tests use unless they say otherwise. */
export const SYNTHETIC_SEED = 20210517;

/** One generated record with its kind, as a line of a JSON Lines import file holds it. */
export type SyntheticRecord =
  | { readonly kind: "indicator"; readonly record: Indicator }
  | { readonly kind: "activity"; readonly record: Activity }
  | { readonly kind: "observation"; readonly record: Observation };

/** One observation for every this many activities in {@link syntheticRecords}. */
const ACTIVITIES_PER_OBSERVATION = 4;

/**
 * An import file's worth of synthetic records, generated one at a time as they are read: the
 * {@link SYNTHETIC_INDICATORS} first, then `count` activities with an observation after every
 * fourth. The same seed gives the same records, so a million cost no memory and every run
 * measures the same data.
 */
export function* syntheticRecords(count: number, seed: number = SYNTHETIC_SEED): Generator<SyntheticRecord> {
  const random = seededRandom(seed);
  const countries = syntheticCountries(seed);
  for (const indicator of SYNTHETIC_INDICATORS) yield { kind: "indicator", record: indicator };
  let observations = 0;
  for (let index = 0; index < count; index += 1) {
    const activity = syntheticActivity(random, index, countries);
    yield { kind: "activity", record: activity };
    if (index % ACTIVITIES_PER_OBSERVATION === 0) {
      yield { kind: "observation", record: syntheticObservation(random, activity, observations) };
      observations += 1;
    }
  }
}

/**
 * `count` synthetic activities, generated one at a time as they are read (an async stream,
 * as the exporters take it).
 * @example for await (const activity of syntheticActivities(1_000_000)) …
 */
export async function* syntheticActivities(count: number, seed: number = SYNTHETIC_SEED): AsyncGenerator<Activity> {
  const random = seededRandom(seed);
  const countries = syntheticCountries(seed);
  for (let index = 0; index < count; index += 1) yield syntheticActivity(random, index, countries);
}

/** `count` synthetic activities, each with the observation of its results (as IATI's results element holds it). */
export async function* syntheticActivitiesWithResults(
  count: number,
  seed: number = SYNTHETIC_SEED,
): AsyncGenerator<{ activity: Activity; observations: Observation[] }> {
  const random = seededRandom(seed);
  const countries = syntheticCountries(seed);
  for (let index = 0; index < count; index += 1) {
    const activity = syntheticActivity(random, index, countries);
    yield { activity, observations: [syntheticObservation(random, activity, index)] };
  }
}
