import { LiveAction, SpeakerEntry } from "@remit/core";
import * as z from "zod";
import { operation } from "./Operation";
import { IdParams } from "./Schemas";

/** How the clock of the speaker with the floor reads at the server's time. */
const LiveReadingSchema = z.object({
  current: z.int().nonnegative().describe("The index in speakersList of the speaker who has the floor."),
  speaker: SpeakerEntry,
  state: z.enum(["running", "paused"]),
  limitSeconds: z.number().describe("Decision 18/1's limit: 600 for a keynote, 300 for an intervention."),
  elapsedSeconds: z.number(),
  remainingSeconds: z.number().describe("Negative once the speaker has overrun."),
  warning: z.boolean().describe("One minute or less is left."),
  overrun: z.boolean(),
});

/** The live state of a discussion's speakers' list, as every screen following it shows it. */
const LiveSessionSchema = z.object({
  discussionId: z.string(),
  revision: z.int().positive().describe("The discussion record's revision: send it as If-Match with the next action."),
  serverTime: z.string().describe("The server's clock when the reading was taken (ISO 8601), to count down from."),
  speakersList: z.array(SpeakerEntry),
  reading: LiveReadingSchema.optional().describe("Absent when nobody has the floor."),
});

/** The live session mode: the moderator's actions on the speakers' list, and screens that follow them. */
export const LIVE_OPERATIONS = {
  getLiveSession: operation({
    summary: "The speakers' list and the clock of the speaker with the floor",
    tag: "Discussions",
    access: "read",
    params: IdParams,
    success: {
      status: 200,
      description: "The live state, read now.",
      contentType: "application/json",
      schema: LiveSessionSchema,
      headers: { ETag: "The discussion's revision." },
    },
    problems: [404],
  }),
  postLiveAction: operation({
    summary: "A moderator's action on the speakers' list: add, start, pause, next or stop",
    description:
      "Applied to the revision named in If-Match (412 when another screen acted first). Pausing, moving on and stopping write the seconds used into the speaker's entry, which the decision 18/1 check reads. An action the list does not allow (pause when nothing runs) is 409 with what to do instead.",
    tag: "Discussions",
    access: "write",
    params: IdParams,
    body: { description: "The action.", contentTypes: ["application/json"], schema: LiveAction },
    success: {
      status: 200,
      description: "The live state after the action.",
      contentType: "application/json",
      schema: LiveSessionSchema,
      headers: { ETag: "The discussion's new revision." },
    },
    problems: [404, 409, 412, 422],
    conditional: "if-match",
  }),
  streamLiveSession: operation({
    summary: "Server-sent events: the live state each time it changes",
    description:
      "A text/event-stream of `live` events, each a LiveSession as JSON, sent at once and then whenever the discussion changes in the store (from any API process on the same store), with a comment line as heartbeat. Screens count down between events from serverTime.",
    tag: "Discussions",
    access: "read",
    params: IdParams,
    success: { status: 200, description: "The event stream.", contentType: "text/event-stream" },
    problems: [404],
  }),
};
