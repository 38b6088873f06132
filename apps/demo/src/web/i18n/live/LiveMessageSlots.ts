/**
 * The words of the live session mode (the moderator's screen and the projector view), with the
 * slots each message takes: a catalog of their own beside the app's, in core's message format.
 */
export const LIVE_MESSAGE_SLOTS = {
  runLive: [],
  projectorTitle: [],
  openProjector: [],
  speakersList: [],
  noSpeakers: [],
  columnOrder: [],
  columnSpeaker: [],
  columnKind: [],
  columnGroup: [],
  columnUsed: [],
  keynote: [],
  intervention: [],
  unnamedSpeaker: [],
  hasTheFloor: [],
  start: [],
  resume: [],
  pause: [],
  next: [],
  stop: [],
  giveFloor: [],
  addSpeaker: [],
  speakerName: [],
  speakerKind: [],
  regionalGroup: [],
  groupNotStated: [],
  add: [],
  clockRunning: [],
  clockPaused: [],
  nobodyHasFloor: [],
  timeLeft: ["time"],
  overrunBy: ["time"],
  oneMinuteLeft: [],
  limitOf: ["minutes"],
  signInToModerate: [],
  staleReloaded: [],
  actionRefused: ["reason"],
  connectionLost: [],
  followingLive: [],
} as const;
/** The live mode's message keys and their slots. */
export type LiveMessageSlots = typeof LIVE_MESSAGE_SLOTS;
/** One message of the live mode. */
export type LiveMessageKey = keyof LiveMessageSlots;
