import type { MessageSchemaOf } from "@remit/core";
import type { EDIT_EN } from "./en";

/**
 * The words of the sign-in and edit pages, with the slots each message takes, read from the
 * English catalog: a catalog of their own, loaded with those pages (a reader who never edits
 * never loads them).
 */
export type EditMessageSlots = MessageSchemaOf<(typeof EDIT_EN)["messages"]>;
/** One message of the edit pages. */
export type EditMessageKey = keyof EditMessageSlots;
