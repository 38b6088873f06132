import type { MessageSchemaOf } from "@remit/core";
import type { LIVE_EN } from "./en";

/**
 * The words of the live session mode (the moderator's screen and the projector view), with the
 * slots each message takes, read from the English catalog: a catalog of their own beside the
 * app's, in core's message format.
 */
export type LiveMessageSlots = MessageSchemaOf<(typeof LIVE_EN)["messages"]>;
/** The live mode's message keys and their slots. */
export type LiveMessageKey = keyof LiveMessageSlots;
