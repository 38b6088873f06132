/**
 * The message catalog format shared by the report, the CLI and the web UI: an ICU
 * MessageFormat subset with plural rules and list joining from `Intl`, typed catalogs per
 * language, and a check of a catalog against its schema. Effect-free; safe in a browser.
 * @module
 */
export {
  parseMessage,
  slotNames,
  type MessageNode,
  type MessageSyntaxError,
  type ParsedMessage,
} from "./MessageSyntax";
export {
  formatMessageParts,
  partsText,
  lowerFirst,
  joinItems,
  type MessageValue,
  type MessageArgument,
  type MessagePart,
  type FormattedMessage,
  type MissingSlots,
} from "./MessageFormat";
export {
  checkCatalog,
  formatMessage,
  type MessageSchema,
  type MessageValues,
  type MessageCatalog,
  type CatalogProblem,
} from "./MessageCatalog";
export {
  checkLanguages,
  recordTexts,
  type RecordText,
  type LanguageCompleteness,
  type LanguageSources,
} from "./LanguageCompleteness";
export { storeLanguageCompleteness } from "./StoreLanguageCompleteness";
