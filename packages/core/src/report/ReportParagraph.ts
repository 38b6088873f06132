import * as z from "zod/mini";
import { Provenance } from "../provenance/Provenance";
import { Language } from "../text/Language";
import { ReportFact, ReportFigure, ReportSegment } from "./ReportFigure";

/**
 * Where a paragraph's words come from: `records` (templates filled from the records) or
 * `narrative` (text a drafter supplied for a slot of the outline the records cannot fill,
 * such as the threat picture of a year).
 */
export const ParagraphOrigin = z.enum(["records", "narrative"]);
/** Where a paragraph's words come from. */
export type ParagraphOrigin = z.infer<typeof ParagraphOrigin>;

/**
 * A passage of report text: its runs (whose concatenation is `text`), the figures and facts
 * it states, and the merged provenance of all of them. The summary is made of passages;
 * the body of numbered {@link ReportParagraph}s.
 */
export const ReportPassage = z.strictObject({
  text: z.string().check(z.minLength(1)),
  segments: z.array(ReportSegment),
  figures: z.array(ReportFigure),
  facts: z.array(ReportFact),
  provenance: z.array(Provenance),
});
/** A passage of report text with its figures, facts and provenance. */
export type ReportPassage = z.infer<typeof ReportPassage>;

/**
 * A numbered paragraph of the report body. Numbers run on across sections (1, 2, … 39 in
 * the 2021 report). `specId` names the outline paragraph it was written from.
 */
export const ReportParagraph = z.strictObject({
  number: z.int().check(z.positive()),
  /** The language the paragraph is written in, when it is a fallback for the report's language. */
  writtenIn: z.optional(Language),
  specId: z.string().check(z.minLength(1)),
  origin: ParagraphOrigin,
  text: z.string().check(z.minLength(1)),
  segments: z.array(ReportSegment),
  figures: z.array(ReportFigure),
  facts: z.array(ReportFact),
  provenance: z.array(Provenance),
});
/** A numbered paragraph of the report body. */
export type ReportParagraph = z.infer<typeof ReportParagraph>;

/** A titled sub-section ("Cryptocurrency and darknet investigations") and its paragraphs. */
export const ReportSubsection = z.strictObject({
  id: z.string().check(z.minLength(1)),
  heading: z.string().check(z.minLength(1)),
  paragraphs: z.array(ReportParagraph),
});
/** A titled sub-section of a report section. */
export type ReportSubsection = z.infer<typeof ReportSubsection>;

/**
 * A chapter of the report ("III. Normative and capacity-building support"): the paragraphs
 * that open it, then its sub-sections. `numeral` is the chapter's Roman numeral.
 */
export const ReportSection = z.strictObject({
  id: z.string().check(z.minLength(1)),
  numeral: z.string().check(z.regex(/^[IVXLC]+$/)),
  heading: z.string().check(z.minLength(1)),
  paragraphs: z.array(ReportParagraph),
  subsections: z.array(ReportSubsection),
});
/** A chapter of the report. */
export type ReportSection = z.infer<typeof ReportSection>;
