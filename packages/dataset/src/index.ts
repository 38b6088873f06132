/**
 * @remit/dataset: the two UN seed documents — the 2011 discussion guide E/CN.15/2011/2 and the
 * 2021 report of the Secretary-General on technical assistance against cybercrime — as records
 * validated by @remit/core, with paragraph provenance, and a way to put them into any Store.
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
export {
  RECORD_TRANSLATIONS,
  type RecordTranslation,
  type TranslatedText,
  type TranslationProblem,
  translatedRecords,
  translatedEntries,
  translationProblems,
} from "./RecordTranslations";
