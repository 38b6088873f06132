/**
 * The findings of decision 18/1 worded in the six languages.
 * @module
 */
export {
  FINDING_SLOTS,
  FindingWording,
  type FindingSlots,
  type FindingKey,
  type FindingCatalog,
  type FindingValue,
  type GroupsValue,
  type LanguagesValue,
  type PhrasesValue,
  type OpeningDatesValue,
} from "./FindingSlots";
export { FINDING_CATALOGS, formatFindingIn } from "./FindingText";
