/**
 * `@remit/core/message`: the message catalog format alone, without the domain, zod or effect,
 * for an adapter that prints messages before it loads the domain (the CLI's help and
 * failures) or a browser page that wants only its catalogs.
 * @packageDocumentation
 */
export type { Language } from "../text/Language";
export {
  parseMessage,
  slotNames,
  type MessageNode,
  type MessageSyntaxError,
  type ParsedMessage,
} from "./MessageSyntax";
export {
  formatMessageParts,
  slotsReached,
  partsText,
  lowerFirst,
  capFirst,
  joinItems,
  type MessageValue,
  type MessageArgument,
  type MessagePart,
  type FormattedMessage,
  type MissingSlots,
  type FormWithoutInflect,
  type MessageOptions,
} from "./MessageFormat";
export {
  checkCatalog,
  formatMessage,
  type MessageSchema,
  type MessageValues,
  type MessageCatalog,
  type CatalogProblem,
} from "./MessageCatalog";
export { messageSchemaOf, type MessageSchemaOf, type MessageSlotNames } from "./MessageSlots";
