import type { ParagraphSpec, ReportOutline } from "./ReportOutline";
import { SUMMARY_SENTENCE_KEYS, type ReportTemplateSet } from "./ReportTemplates";

/**
 * The headings and sentences every template set of a report's content writes: those its
 * outline names, and the summary's, which the engine writes whatever the outline.
 */
export interface ReportOutlineKeys {
  readonly headings: readonly string[];
  readonly sentences: readonly string[];
}

function sentenceKeys(paragraph: ParagraphSpec): readonly string[] {
  switch (paragraph.kind) {
    case "sentences":
      return paragraph.sentences.map((sentence) => sentence.template);
    case "mandate-chain":
      return [paragraph.template];
    case "narrative":
      return [];
  }
}

/**
 * The keys a report's template sets must write, read from its outline: a report for another
 * mandate brings its own outline and so its own keys; core fixes only the summary's.
 * @example reportOutlineKeys(CYBERCRIME_REPORT_OUTLINE).headings.slice(0, 2) // ["introduction", "introduction.mandate"]
 */
export function reportOutlineKeys(outline: ReportOutline): ReportOutlineKeys {
  const parts = outline.sections.flatMap((section) => [section, ...section.subsections]);
  return {
    headings: [...new Set(parts.map((part) => part.heading))],
    sentences: [
      ...new Set([...SUMMARY_SENTENCE_KEYS, ...parts.flatMap((part) => part.paragraphs.flatMap(sentenceKeys))]),
    ],
  };
}

/** The keys of `keys` a template set does not write (or writes empty). */
export function missingTemplateKeys(set: ReportTemplateSet, keys: ReportOutlineKeys): ReportOutlineKeys {
  return {
    headings: keys.headings.filter((key) => !set.headings[key]),
    sentences: keys.sentences.filter((key) => (set.sentences[key]?.length ?? 0) === 0),
  };
}
