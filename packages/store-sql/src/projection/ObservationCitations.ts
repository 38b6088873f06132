import type { DocumentProvenance, FootnoteMark, Provenance } from "@remit/core";

/** Separates the parts of a citation key (no symbol or id holds a control character). */
const SEPARATOR = "\u001f";

/**
 * The keys of an observation's provenance, one `observationCitation` facet row each: the
 * document (`d␟symbol`), each paragraph (`p␟symbol␟n`) and footnote (`f␟symbol␟mark`) it
 * cites, and the activities (`a␟id`) and observations (`o␟id`) of a computed provenance.
 * A cell's provenance is the merge of its observations' provenance, and merging only unions
 * these, so SQL can gather them as distinct keys and `citedProvenance` rebuild them.
 */
export function citationKeys(provenance: readonly Provenance[]): string[] {
  const keys = new Set<string>();
  for (const item of provenance) {
    if (item.source === "document") {
      keys.add(["d", item.symbol].join(SEPARATOR));
      for (const paragraph of item.paragraphs) keys.add(["p", item.symbol, String(paragraph)].join(SEPARATOR));
      for (const footnote of item.footnotes ?? []) keys.add(["f", item.symbol, String(footnote)].join(SEPARATOR));
    } else {
      for (const id of item.activityIds) keys.add(["a", id].join(SEPARATOR));
      for (const id of item.observationIds) keys.add(["o", id].join(SEPARATOR));
    }
  }
  return [...keys];
}

/** The provenance some citation keys stand for (unmerged: core merges and orders it). */
export function citedProvenance(keys: Iterable<string>): Provenance[] {
  const documents = new Map<string, { paragraphs: number[]; footnotes: FootnoteMark[] }>();
  const activityIds: string[] = [];
  const observationIds: string[] = [];
  const documentOf = (symbol: string) => {
    let cited = documents.get(symbol);
    if (cited === undefined) {
      cited = { paragraphs: [], footnotes: [] };
      documents.set(symbol, cited);
    }
    return cited;
  };
  for (const key of keys) {
    const [tag, first = "", second = ""] = key.split(SEPARATOR);
    if (tag === "d") documentOf(first);
    else if (tag === "p") documentOf(first).paragraphs.push(Number(second));
    else if (tag === "f") documentOf(first).footnotes.push(second === "*" ? "*" : Number(second));
    else if (tag === "a") activityIds.push(first);
    else if (tag === "o") observationIds.push(first);
  }
  const provenance: Provenance[] = [...documents].map(([symbol, cited]): DocumentProvenance => ({
    source: "document",
    symbol,
    paragraphs: cited.paragraphs,
    ...(cited.footnotes.length > 0 ? { footnotes: cited.footnotes } : {}),
  }));
  if (activityIds.length > 0 || observationIds.length > 0)
    provenance.push({ source: "computed", activityIds, observationIds });
  return provenance;
}
