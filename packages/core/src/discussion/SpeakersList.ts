import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { RegionalGroup } from "../geo";

/** Decision 18/1 (c)(ii): keynote presentations are brief, not exceeding 10 minutes. */
export const KEYNOTE_LIMIT_SECONDS = 600;
/** Decision 18/1 (c)(v): interventions are limited to 5 minutes. */
export const INTERVENTION_LIMIT_SECONDS = 300;

/** A keynote presentation by a panellist, or an intervention from the floor. */
export const SpeakerKind = z.enum(["keynote", "intervention"]);
/** A keynote presentation or an intervention. */
export type SpeakerKind = z.infer<typeof SpeakerKind>;

/**
 * An entry of the moderator's speakers' list: who spoke (when known), for how long it was
 * planned and how long it took, and for a keynote whether it was distributed in advance.
 */
export const SpeakerEntry = z
  .strictObject({
    kind: SpeakerKind,
    speaker: z.optional(z.string().check(z.minLength(1))),
    regionalGroup: z.optional(RegionalGroup),
    plannedSeconds: z.optional(z.int().check(z.nonnegative())),
    usedSeconds: z.optional(z.int().check(z.nonnegative())),
    distributedInAdvance: z.optional(z.boolean()),
  })
  .check(
    z.refine((entry) => entry.kind === "keynote" || entry.distributedInAdvance === undefined, {
      message:
        "only keynote presentations are distributed in advance; remove distributedInAdvance from an intervention",
      params: rule("speakers.advanceKeynoteOnly", {}),
      path: ["distributedInAdvance"],
    }),
  );
/** An entry of the speakers' list. */
export type SpeakerEntry = z.infer<typeof SpeakerEntry>;

/**
 * The seconds an entry is judged by: the time used when recorded, else the time planned.
 * What happened in the room is what decision 18/1 limits.
 */
export function judgedSeconds(entry: SpeakerEntry): { seconds: number; basis: "used" | "planned" } | undefined {
  if (entry.usedSeconds !== undefined) return { seconds: entry.usedSeconds, basis: "used" };
  if (entry.plannedSeconds !== undefined) return { seconds: entry.plannedSeconds, basis: "planned" };
  return undefined;
}
