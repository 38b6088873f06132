/**
 * @remit/dataset: the two UN seed documents — the 2011 discussion guide E/CN.15/2011/2 and the
 * 2021 report of the Secretary-General on technical assistance against cybercrime — as records
 * validated by @remit/core, with paragraph provenance, and a way to put them into any Store;
 * and the 2021 report's content (outline, templates in six languages, narratives) that core's
 * report engine writes GA 74/173's report from.
 * @packageDocumentation
 */
export { DATASET_FILES, DATASET_KEYS, type DatasetFile, type DatasetKey } from "./DatasetFiles";
export { type Dataset, type DatasetCounts, recordsOf, datasetCounts } from "./Dataset";
export { type DatasetProblem, type InvalidDataset, formatDatasetProblem } from "./DatasetProblem";
export { checkReferences } from "./DatasetReferences";
export { type DatasetResult, validateDataset, loadDataset } from "./LoadDataset";
export { datasetEntries, datasetImportEntries } from "./DatasetEntries";
export { type SeedOptions, seedStore, seedStoreWith } from "./SeedStore";
export { SEED_DOCUMENTS, GUIDE_2011, REPORT_2021, type SeedDocument } from "./SeedDocuments";
export { REPORT_2021_NARRATIVES } from "./ReportNarratives";
export { CYBERCRIME_REPORT_CONTENT, CYBERCRIME_REPORT_TEMPLATES } from "./report/CybercrimeReportContent";
export { CYBERCRIME_REPORT_OUTLINE } from "./report/CybercrimeReportOutline";
export { reportContentFor } from "./report/ReportContentFor";
export { ENGLISH_REPORT_TEMPLATES } from "./report/EnglishReportTemplates";
export { CHINESE_REPORT_TEMPLATES } from "./report/ChineseReportTemplates";
export { FRENCH_REPORT_TEMPLATES } from "./report/FrenchReportTemplates";
export { SPANISH_REPORT_TEMPLATES } from "./report/SpanishReportTemplates";
export { RUSSIAN_REPORT_TEMPLATES } from "./report/RussianReportTemplates";
export { ARABIC_REPORT_TEMPLATES } from "./report/ArabicReportTemplates";
export {
  RECORD_TRANSLATIONS,
  type RecordTranslation,
  type TranslatedText,
  type TranslationProblem,
  translatedRecords,
  translatedEntries,
  translationProblems,
} from "./RecordTranslations";
