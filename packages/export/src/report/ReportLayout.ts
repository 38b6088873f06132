import type { Report, ReportParagraph, ReportSection } from "@remit/core";

/** A chapter's paragraphs in order, each sub-section's heading attached to its first paragraph. */
export function sectionBlocks(
  section: ReportSection,
): { readonly paragraph: ReportParagraph; readonly heading?: string }[] {
  const blocks: { paragraph: ReportParagraph; heading?: string }[] = section.paragraphs.map((paragraph) => ({
    paragraph,
  }));
  for (const subsection of section.subsections) {
    subsection.paragraphs.forEach((paragraph, index) =>
      blocks.push(index === 0 ? { paragraph, heading: subsection.heading } : { paragraph }),
    );
  }
  return blocks;
}

/** The symbol line of the masthead: the issued symbol, or the series and a note that the number is pending. */
export function symbolLine(report: Report): string | undefined {
  if (report.symbol.issued !== undefined) return report.symbol.issued;
  if (report.symbol.series !== undefined) return `${report.symbol.series} (${report.labels.symbolPending})`;
  return undefined;
}
