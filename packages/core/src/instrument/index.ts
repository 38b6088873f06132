export * from "./PartiesCount";
export * from "./CitedArticle";
export * from "./LegalInstrument";
export * from "./PartiesAsOf";
export * from "./InForceStatus";
export * from "./InstrumentFilter";
export { INSTRUMENT_KIND_LABELS } from "./InstrumentKindLabels";
