import * as z from "zod";
import { RecordId } from "../record/RecordId";

/**
 * Where a fact was stated: a document (by symbol) and the paragraphs of it that state the
 * fact, in the document's own numbering. `paragraphs` is empty only for a document-level
 * fact (a title, the summary).
 * @example DocumentProvenance.parse({ source: "document", symbol: "E/CN.15/2011/2", paragraphs: [2] })
 */
export const DocumentProvenance = z
  .object({
    source: z.literal("document"),
    symbol: z.string().min(1),
    paragraphs: z.array(z.int().positive()),
    /** The words of the source, verbatim, when a figure's wording matters ("more than"). */
    quote: z.string().min(1).optional(),
  })
  .strict();
/** Where a fact was stated: document symbol and paragraph numbers. */
export type DocumentProvenance = z.infer<typeof DocumentProvenance>;

/**
 * Where a computed figure came from: the stored records it was computed from.
 */
export const ComputedProvenance = z
  .object({
    source: z.literal("computed"),
    activityIds: z.array(RecordId),
    observationIds: z.array(RecordId),
  })
  .strict();
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

/** Merges provenances of figures combined into one: document citations and record ids, deduplicated. */
export function mergeProvenance(items: readonly Provenance[]): Provenance[] {
  const documents = new Map<string, Set<number>>();
  const activityIds = new Set<string>();
  const observationIds = new Set<string>();
  for (const item of items) {
    if (item.source === "document") {
      const paragraphs = documents.get(item.symbol) ?? new Set<number>();
      item.paragraphs.forEach((paragraph) => paragraphs.add(paragraph));
      documents.set(item.symbol, paragraphs);
    } else {
      item.activityIds.forEach((id) => activityIds.add(id));
      item.observationIds.forEach((id) => observationIds.add(id));
    }
  }
  const merged: Provenance[] = [...documents].map(([symbol, paragraphs]) => ({
    source: "document" as const,
    symbol,
    paragraphs: [...paragraphs].sort((a, b) => a - b),
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
