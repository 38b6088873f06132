/** Marks (accents, Arabic harakat and hamza above/below after decomposition) and tatweel. */
const IGNORED = /[\p{M}\u0640]/gu;

/** Printable ASCII and ordinary white space: nothing to decompose, no marks. */
const ASCII = /^[ -~\t\n\r]*$/;

/**
 * The form texts are compared in by free-text search, in any script: compatibility
 * decomposition (NFKD, so full-width letters become ASCII), marks removed (é → e, أ → ا,
 * harakat dropped), lower case, runs of white space made one space, trimmed. Stores that
 * search in SQL must apply the same function to the stored text and the query.
 * @example normalizeSearchText("  Évaluation  ") // "evaluation"
 */
export function normalizeSearchText(text: string): string {
  // ASCII has nothing to decompose and no marks: skip the two passes that cost most.
  const decomposed = ASCII.test(text) ? text : text.normalize("NFKD").replace(IGNORED, "");
  return decomposed.toLowerCase().replace(/\s+/gu, " ").trim();
}

/**
 * Whether a free-text query matches some texts: every word of the normalized query (split
 * on white space) occurs in at least one of the normalized texts. Chinese, written without
 * spaces, is matched as a substring. An empty query matches everything.
 * @example matchesSearchText(["Darknet cybercrime threat assessment"], "THREAT darknet") // true
 */
export function matchesSearchText(texts: readonly string[], query: string): boolean {
  const words = normalizeSearchText(query)
    .split(" ")
    .filter((word) => word !== "");
  let lowered: readonly string[] | undefined;
  let haystacks: readonly string[] | undefined;
  return words.every((word) => {
    // A word of printable ASCII found in a text only lower-cased is in its normalized form
    // too: decomposition leaves ASCII alone and removes only marks, and the one letter whose
    // lower case is ASCII plus a mark (İ) ends the match there in both. Most texts a store
    // re-checks hold the word so, and skip the decomposition (NFKD), which costs most.
    if (ASCII.test(word)) {
      lowered ??= texts.map((text) => text.toLowerCase());
      if (lowered.some((text) => text.includes(word))) return true;
    }
    haystacks ??= texts.map(normalizeSearchText);
    return haystacks.some((haystack) => haystack.includes(word));
  });
}
