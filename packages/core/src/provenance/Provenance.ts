import * as z from "zod/mini";
import { RecordId } from "../record/RecordId";
import { SourceReference } from "./SourceReference";

/**
 * A footnote of a document, by its mark: a number (the 2011 guide's footnote 4,
 * "A/CONF.213/18，第一章，第 1 号决议") or "*", the unnumbered footnote on a document's first
 * page that gives the provisional agenda's symbol ("* E/CN.15/2021/1。").
 */
export const FootnoteMark = z.union([z.int().check(z.positive()), z.literal("*")]);
/** A footnote's mark: its number, or "*". */
export type FootnoteMark = z.infer<typeof FootnoteMark>;

/**
 * Where a fact was stated: a document and the paragraphs of it that state the fact, in the
 * document's own numbering. `paragraphs` is empty only for a document-level fact (a title,
 * the summary). `symbol` names the document (see {@link SourceReference}): its symbol, a
 * partial symbol when the number is not known ("E/CN.15/2021/…", the 2021 report), or a
 * citation ("GA decision 74/567"); it is validated and stored in canonical form.
 * `footnotes` are the document's footnotes that state the fact, when it is stated there
 * (the agenda's symbol in footnote "*", the Salvador Declaration's symbol in footnote 4).
 * @example DocumentProvenance.parse({ source: "document", symbol: "E/CN.15/2011/2", paragraphs: [21], footnotes: [4] })
 */
export const DocumentProvenance = z
  .strictObject({
    source: z.literal("document"),
    symbol: SourceReference,
    paragraphs: z.array(z.int().check(z.positive())),
    footnotes: z.optional(z.array(FootnoteMark).check(z.minLength(1))),
    /** The words of the source, verbatim, when a figure's wording matters ("more than"). */
    quote: z.optional(z.string().check(z.minLength(1))),
  })
  .check(
    z.refine(
      (provenance) =>
        provenance.footnotes === undefined || new Set(provenance.footnotes).size === provenance.footnotes.length,
      {
        message: "a footnote is cited twice",
        path: ["footnotes"],
      },
    ),
  );
/** Where a fact was stated: document symbol and paragraph numbers. */
export type DocumentProvenance = z.infer<typeof DocumentProvenance>;

/**
 * Where a computed figure came from: the stored records it was computed from.
 */
export const ComputedProvenance = z.strictObject({
  source: z.literal("computed"),
  activityIds: z.array(RecordId),
  observationIds: z.array(RecordId),
});
/** The records a computed figure was derived from. */
export type ComputedProvenance = z.infer<typeof ComputedProvenance>;

/** The provenance of any fact or figure: stated in a document, or computed from records. */
export const Provenance = z.discriminatedUnion("source", [DocumentProvenance, ComputedProvenance]);
/** The provenance of any fact or figure. */
export type Provenance = z.infer<typeof Provenance>;

/** Cites a document paragraph; a shorthand for building dataset records and tests. */
export function cite(symbol: string, ...paragraphs: number[]): DocumentProvenance {
  return { source: "document", symbol, paragraphs };
}

function compareFootnotes(a: FootnoteMark, b: FootnoteMark): number {
  if (a === b) return 0;
  if (a === "*") return -1;
  if (b === "*") return 1;
  return a - b;
}

/**
 * Merges provenances of figures combined into one: document citations (paragraphs and
 * footnotes) and record ids, deduplicated.
 */
export function mergeProvenance(items: readonly Provenance[]): Provenance[] {
  const documents = new Map<string, { paragraphs: Set<number>; footnotes: Set<FootnoteMark> }>();
  const activityIds = new Set<string>();
  const observationIds = new Set<string>();
  for (const item of items) {
    if (item.source === "document") {
      const cited = documents.get(item.symbol) ?? { paragraphs: new Set<number>(), footnotes: new Set<FootnoteMark>() };
      item.paragraphs.forEach((paragraph) => cited.paragraphs.add(paragraph));
      item.footnotes?.forEach((footnote) => cited.footnotes.add(footnote));
      documents.set(item.symbol, cited);
    } else {
      item.activityIds.forEach((id) => activityIds.add(id));
      item.observationIds.forEach((id) => observationIds.add(id));
    }
  }
  const merged: Provenance[] = [...documents].map(([symbol, cited]) => ({
    source: "document" as const,
    symbol,
    paragraphs: [...cited.paragraphs].sort((a, b) => a - b),
    ...(cited.footnotes.size > 0 ? { footnotes: [...cited.footnotes].sort(compareFootnotes) } : {}),
  }));
  if (activityIds.size > 0 || observationIds.size > 0) {
    merged.push({
      source: "computed",
      activityIds: [...activityIds].sort(),
      observationIds: [...observationIds].sort(),
    });
  }
  return merged;
}
