/**
 * The IATI 2.03 codelist values Remit writes. Each constant names the code, so the writer
 * reads like the standard ("ActivityDateType 2, actual start").
 */

/** ActivityStatus: where the activity stands. */
export const ACTIVITY_STATUS = {
  /** 1 Pipeline/identification: it has not started yet. */
  pipeline: "1",
  /** 2 Implementation: under way. */
  implementation: "2",
  /** 3 Finalisation: physical activity complete, reporting or sign-off may follow. */
  finalisation: "3",
} as const;

/** ActivityDateType. */
export const ACTIVITY_DATE_TYPE = {
  plannedStart: "1",
  actualStart: "2",
  plannedEnd: "3",
  actualEnd: "4",
} as const;

/** OrganisationRole of a participating organisation. */
export const ORGANISATION_ROLE = {
  funding: "1",
  accountable: "2",
  extending: "3",
  implementing: "4",
} as const;

/** OrganisationType 40: multilateral (UNODC, as a UN office). */
export const ORGANISATION_TYPE_MULTILATERAL = "40";

/** RegionVocabulary 1: OECD DAC regions (IATI's Region codelist). */
export const REGION_VOCABULARY_OECD_DAC = "1";

/** Region 998 (vocabulary 1): developing countries, unspecified — an activity the sources do not locate. */
export const REGION_DEVELOPING_COUNTRIES_UNSPECIFIED = "998";

/** RegionVocabulary 2: supra-national regions of the UN Statistics Division (M49). */
export const REGION_VOCABULARY_UN_M49 = "2";

/** SectorVocabulary 1: OECD DAC CRS purpose codes (5 digit). */
export const SECTOR_VOCABULARY_DAC_5 = "1";

/** TagVocabulary 99: a vocabulary of the reporting organisation (Remit's activity topics). */
export const TAG_VOCABULARY_REPORTING_ORG = "99";

/** RelatedActivityType 1: parent (the activity this one is a stated part of). */
export const RELATED_ACTIVITY_PARENT = "1";

/** ResultType 1: output (people trained, cases handled: what the activity produced). */
export const RESULT_TYPE_OUTPUT = "1";

/** IndicatorMeasure. */
export const INDICATOR_MEASURE = {
  unit: "1",
  percentage: "2",
} as const;

/** DocumentCategory A02: objectives / purpose of activity (the mandate an activity serves). */
export const DOCUMENT_CATEGORY_OBJECTIVES = "A02";
