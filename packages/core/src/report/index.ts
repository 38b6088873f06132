/**
 * The Secretary-General's report as a function of the records: a declarative outline of
 * chapters and paragraphs, template sets per language, and `buildReport`, which computes
 * every figure with core's quantity algebra and keeps its provenance.
 * @module
 */
export * from "./ReportFigure";
export * from "./ReportParagraph";
export * from "./Report";
export * from "./ReportOutline";
export * from "./ReportTemplates";
export * from "./ReportTemplateSets";
export { reportContentProblems, reportTemplateProblems } from "./TemplateSetCheck";
export { type ReportOutlineKeys, reportOutlineKeys } from "./ReportOutlineKeys";
export { chineseNumeral } from "../text/ChineseWords";
export { frenchCardinal, frenchFeminineOrdinal, frenchOrdinal } from "../text/FrenchWords";
export { spanishMeetingOrdinal } from "./SpanishFormat";
export { russianOrdinal } from "./RussianFormat";
export { arabicOrdinal, type OrdinalCase } from "../text/ArabicWords";
export {
  type ReportContent,
  type ReportContentFor,
  type NoReportContent,
  noReportContent,
  reportContentLanguages,
} from "./ReportContent";
export { ENGLISH_FORMAT, englishOrdinal } from "./EnglishFormat";
export { CHINESE_FORMAT } from "./ChineseFormat";
export { FRENCH_FORMAT } from "./FrenchFormat";
export { SPANISH_FORMAT } from "./SpanishFormat";
export { RUSSIAN_FORMAT } from "./RussianFormat";
export { ARABIC_FORMAT } from "./ArabicFormat";
export { type ReportRecords } from "./ReportContext";
export { type ReportRecordsOptions, reportRecords } from "./ReportRecordsQuery";
export { type MandateReportRequest, type NothingToReport, reportOnMandate } from "./MandateReport";
export { ReportNarrative, ReportNarratives } from "./ParagraphWriter";
export { readReportNarratives, type InvalidNarratives, type NarrativesReading } from "./NarrativesFile";
export { type ChainLink, type MandateChain } from "./MandateChain";
export { countryNameIn, regionNameIn, languageNameIn } from "./PlaceNames";
export { joinItemsIn } from "./ListJoining";
export { UN_COUNTRY_NAMES, UN_REGION_NAMES, UN_PLACE_NAMES_SOURCE, type SixNames } from "./UnPlaceNames";
export {
  fillTemplate,
  type SlotValue,
  type Slots,
  type FilledTemplate,
  type FilledSentence,
  type TemplateProblem,
  type TemplateLanguage,
  type Inflect,
} from "./TemplateText";
export { type NoReportRequested, noReportRequested, type ReportError } from "./ReportErrors";
export { type ReportMandateChoice, type BuildReportInput, type BuildReportResult, buildReport } from "./BuildReport";
