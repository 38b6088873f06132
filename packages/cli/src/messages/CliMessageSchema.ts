import { messageSchemaOf, type MessageSchemaOf } from "@remit/core/message";
import { ENGLISH_CLI_MESSAGES } from "./en";

type EnglishMessages = (typeof ENGLISH_CLI_MESSAGES)["messages"];

/**
 * The slots a message uses in other languages but not in English: English says "the 30th
 * session" from `{ordinal}` (an English ordinal); the others write the number from `{session}`.
 */
interface OtherLanguagesSlots {
  readonly "outcome.reportsDue": "session";
}

/**
 * The messages `remit` prints, each key with the slots its message may use, read from the
 * English catalog (where each is written once); core's `checkCatalog` holds the five other
 * catalogs to it in a test.
 */
export const CLI_MESSAGE_SLOTS = messageSchemaOf<EnglishMessages, OtherLanguagesSlots>(ENGLISH_CLI_MESSAGES.messages, {
  "outcome.reportsDue": ["session"],
});

/** The schema of the CLI's messages. */
export type CliMessageSlots = MessageSchemaOf<EnglishMessages, OtherLanguagesSlots>;

/** The key of one of the CLI's messages. */
export type CliMessageKey = keyof CliMessageSlots;
