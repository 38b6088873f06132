/**
 * Which part of a symbol an error is about: the whole `symbol` (empty input), a
 * `segment` between slashes (empty, or holding a stray character), the `organ`, a
 * `series` component (`CN.15`), the `category` (`RES`), the `session` or `year`, the
 * `document` designation (`173`, `L.5`), a final `modifier` (`Rev.1`), or the `country` of
 * a treaty body's document (`GBR` in `CRC/C/GBR/CO/5`).
 */
export type SymbolPart =
  "symbol" | "segment" | "organ" | "series" | "category" | "session" | "year" | "document" | "modifier" | "country";
