import type { MessageSchemaOf } from "@remit/core";
import type { EN } from "./en";

/**
 * Every string the app shows that is not a record's own text: the keys and the slots each
 * message may use, read from the English catalog, where each is written once (core's message
 * format: ICU subset). A type only, so English loads in its own chunk like the others.
 */
export type UiMessageSlots = MessageSchemaOf<(typeof EN)["messages"]>;
/** A key of the app's messages. */
export type UiMessageKey = keyof UiMessageSlots;
/** A key of a message without slots. */
export type PlainMessageKey = {
  readonly [K in UiMessageKey]: [UiMessageSlots[K][number]] extends [never] ? K : never;
}[UiMessageKey];
