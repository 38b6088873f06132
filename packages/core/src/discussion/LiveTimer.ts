import * as z from "zod/mini";

/**
 * The moderator's running clock over a thematic discussion's speakers' list, kept in the
 * discussion record so that every screen following the session reads it from the store: which
 * entry has the floor, whether the clock runs, since when, and the seconds that entry had used
 * before the clock last started.
 * @example LiveTimer.parse({ current: 0, state: "running", since: "2011-04-12T10:00:00.000Z", elapsedSeconds: 0 })
 */
export const LiveTimer = z.strictObject({
  /** The index in `speakersList` of the speaker who has the floor. */
  current: z.int().check(z.nonnegative()),
  state: z.enum(["running", "paused"]),
  /** When the clock last started (an ISO 8601 instant); a paused clock keeps it for the record. */
  since: z.iso.datetime({ offset: true }),
  /** The seconds used before `since` (earlier runs of the same speaker, between pauses). */
  elapsedSeconds: z.number().check(z.nonnegative()),
});
/** The moderator's running clock over the speakers' list. */
export type LiveTimer = z.infer<typeof LiveTimer>;
