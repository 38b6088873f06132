/**
 * UN document symbols (`A/RES/74/173`, `E/CN.15/2011/2`, `UNODC/CCPCJ/EG.4/2020/2`) and
 * citations of resolutions and decisions ("CCPCJ resolution 22/8", "大会第74/173号决议"):
 * parsed into parts, normalised, validated with precise errors, and written back.
 * @module
 */
export {
  SessionNumbering,
  GENERAL_ASSEMBLY_EPOCH,
  FIRST_NUMBERED_GENERAL_ASSEMBLY_SESSION,
  FIRST_ECOSOC_SYMBOL_YEAR,
  FIRST_UN_YEAR,
  generalAssemblySessionYear,
  latestGeneralAssemblySession,
  ordinal,
} from "./SessionNumbering";
export { Organ, ORGAN_RULES, type OrganRules, type OrganForm } from "./Organ";
export {
  TreatyBody,
  TREATY_BODY_RULES,
  TreatyDocumentType,
  TREATY_DOCUMENT_TYPE_LABELS,
  treatyBodyOf,
  type TreatyBodyRules,
} from "./TreatyBody";
export {
  UN_TERRITORY_CODES,
  statePartyCodeProblem,
  statePartyName,
  type UnitedNationsTerritoryCode,
} from "./StatePartyCode";
export {
  SubsidiaryBodyCode,
  SUBSIDIARY_BODY_LABELS,
  SymbolCategory,
  SYMBOL_CATEGORY_LABELS,
  DocumentType,
  DOCUMENT_TYPE_LABELS,
  ModifierType,
  MODIFIER_LABELS,
} from "./SymbolVocabulary";
export {
  DocumentSymbol,
  SymbolNumber,
  SeriesComponent,
  SymbolPeriod,
  DocumentDesignation,
  SymbolModifier,
  JointSymbol,
  formatSymbol,
  formatSeriesComponent,
  symbolComponents,
  isSecurityCouncilResolution,
  SpecialSession,
  LAST_ROMAN_GENERAL_ASSEMBLY_SESSION,
  LAST_ROMAN_ECOSOC_SESSION,
  LAST_ROMAN_SPECIAL_SESSION,
  LAST_ARABIC_SPECIAL_SESSION,
  type SymbolComponent,
} from "./DocumentSymbol";
export {
  romanSessionFault,
  romanSpecialSessionFault,
  type RomanFormFault,
  type SymbolBeforeSuffix,
} from "./RomanSessionForm";
export { modifierOrderFault, type ModifierOrderFault } from "./ModifierOrder";
export { MAX_SYMBOL_LENGTH } from "./SymbolWrittenForm";
export {
  normaliseSymbol,
  type NormalisedSymbol,
  type SymbolRepair,
  type SymbolNormalisation,
} from "./SymbolNormalisation";
export type { InvalidSymbol, SymbolErrorWording, SymbolPart, SymbolParseResult, SymbolRefusal } from "./SymbolError";
export type { SymbolOrCitationRefusal } from "./SymbolOrCitation";
export type { SymbolSaid, SymbolSaidValue, SymbolMessageKey } from "./SymbolSaid";
export { formatSymbolSaid, formatSymbolErrorIn, formatSymbolRepairIn } from "./SymbolText";
export { ENGLISH_SYMBOL_MESSAGES } from "./SymbolMessagesEn";
export {
  SYMBOL_MESSAGE_CATALOGS,
  symbolMessageSlots,
  type SymbolMessageCatalog,
  type SymbolMessageSlots,
} from "./SymbolMessages";
export { parseSymbol, type SymbolParseOptions } from "./SymbolParser";
export { DocumentSymbolText, documentSymbolTextAsOf } from "./DocumentSymbolText";
export { PARTIAL_SYMBOL_ELLIPSIS } from "./SymbolSegments";
export {
  PartialDocumentSymbol,
  parsePartialSymbol,
  formatPartialSymbol,
  type PartialSymbolParseResult,
} from "./PartialSymbol";
export {
  DocumentReferenceText,
  documentReferenceTextAsOf,
  parseDocumentReference,
  formatDocumentReference,
  isPartialReference,
  type DocumentReference,
  type DocumentReferenceResult,
} from "./DocumentReference";
export {
  SymbolPrefix,
  SymbolPrefixParts,
  parseSymbolPrefix,
  formatSymbolPrefix,
  prefixOfSymbol,
  symbolHasPrefix,
  type SymbolPrefixResult,
} from "./SymbolPrefix";
export {
  Citation,
  CitationBodyId,
  CitationKind,
  CITATION_NUMBERING,
  CITATION_BODY_NAMES,
  citationNumber,
  formatCitation,
  type CitationBodyNames,
  type InvalidCitation,
  type CitationRefusal,
  type CitationErrorWording,
  type CitationPart,
  type CitationParseResult,
  type FormatCitationOptions,
} from "./Citation";
export { parseCitation, MAX_CITATION_LENGTH, type CitationParseOptions } from "./CitationParser";
export { citationLabelIn } from "./CitationLabel";
export { formatCitationIn, formatCitationErrorIn } from "./CitationWords";
export { citationToSymbol, symbolToCitation, type CitationSymbol } from "./CitationSymbol";
export {
  explainSymbol,
  type SymbolExplanation,
  type SymbolPartExplained,
  type SymbolProblem,
} from "./SymbolExplanation";
