/**
 * `@remit/export/iati`: technical-assistance activities as an IATI 2.03 activity file
 * (`iati-activities`), streamed, valid against the official XSD: reporting-org, identifiers,
 * narratives per language, participating organisations, recipient countries (ISO alpha-2)
 * and M49 regions, activity dates and status, DAC sectors, topic tags, document-links to
 * mandates, and results with indicators, periods, actuals and dimensions.
 * @module
 */
export {
  exportIati,
  exportIatiBytes,
  pagedWithObservations,
  streamWithObservations,
  ACTIVITIES_PER_PAGE,
  withObservations,
  type IatiActivityInput,
  type IatiItem,
  type ObservationsOfActivities,
} from "./IatiExport";
export { UNODC_REPORTING_ORG, undocsUrl, type IatiExportOptions, type ReportingOrganisation } from "./IatiOptions";
export {
  TOPIC_DAC_SECTORS,
  dacSectorsOf,
  dacSectorWeights,
  LEGAL_AND_JUDICIAL_DEVELOPMENT,
  HUMAN_RIGHTS,
  SECURITY_SYSTEM_MANAGEMENT,
  ICT,
  type DacSector,
  type WeightedDacSector,
} from "./DacSectors";
export { alpha2Of } from "./CountryCodes";
export { splitPercentages } from "./PercentageSplit";
export { escapeXmlText, escapeXmlAttribute, xmlChars } from "./XmlText";
export { type Source, collectText } from "../stream/Source";
