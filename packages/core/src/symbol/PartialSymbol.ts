import * as z from "zod/mini";
import type { SymbolComponent } from "./DocumentSymbol";
import { SeriesComponent, SymbolPeriod, formatSeriesComponent } from "./DocumentSymbol";
import { Organ, periodKindFault, periodKindOf } from "./Organ";
import type { InvalidSymbol, SymbolRefusal } from "./SymbolError";
import { symbolRefusal } from "./SymbolError";
import { wordedSymbolResult } from "./EnglishSymbolText";
import { said, type SymbolSaid } from "./SymbolSaid";
import type { SymbolParseOptions, SymbolReader } from "./SymbolParser";
import { readOrganAndSeries, readPeriod, runStage } from "./SymbolParser";
import type { Segment } from "./SymbolSegments";
import { PARTIAL_SYMBOL_ELLIPSIS, isEllipsisSegment, segmentSymbol } from "./SymbolSegments";
import { SymbolCategory, canonicalCode } from "./SymbolVocabulary";
import { overlongSymbol, strayCharacter, strayCharacterError, writtenFormFault } from "./SymbolWrittenForm";
import type { Result } from "../result/Result";

/**
 * A document symbol whose document number is not known: the organ, series, category and
 * session or year are, and "…" stands where the number goes. The 2021 report on cybercrime
 * is "E/CN.15/2021/…": the seed shows it was issued for the Commission in 2021 but never
 * states its number, and a guessed number would be a defect. Parse with
 * `parsePartialSymbol`, render with `formatPartialSymbol`.
 * @example
 * PartialDocumentSymbol.parse({ organ: "E", series: [{ kind: "body", code: "CN", number: 15 }],
 *   period: { kind: "year", year: 2021 } }) // E/CN.15/2021/…
 */
export const PartialDocumentSymbol = /* @__PURE__ */ (() =>
  // Built in a function marked pure so that a bundle which only parses symbols drops it: zod's
  // `.check` is a method call, which a bundler must otherwise keep for its side effects.
  z
    .strictObject({
      organ: Organ,
      series: z.array(SeriesComponent),
      category: z.optional(SymbolCategory),
      period: SymbolPeriod,
    })
    .check(
      z.superRefine((partial, context) => {
        const periodFault = periodKindFault(partial.organ, partial.period.kind);
        if (periodFault !== undefined) context.addIssue({ code: "custom", path: ["period"], message: periodFault });
      }),
    ))();
/** A document symbol without its document number. */
export type PartialDocumentSymbol = z.infer<typeof PartialDocumentSymbol>;

/** The outcome of parsing a partial symbol: its known parts, or why the text is not one. */
export type PartialSymbolParseResult = Result<PartialDocumentSymbol, InvalidSymbol>;

function fault(
  text: string,
  part: SymbolRefusal["part"],
  at: Segment,
  reason: SymbolSaid,
  hint: SymbolSaid,
): { readonly ok: false; readonly error: SymbolRefusal } {
  return {
    ok: false,
    error: symbolRefusal(text, part, at.offset, at.text === "..." ? PARTIAL_SYMBOL_ELLIPSIS : at.text, reason, hint),
  };
}

/**
 * Parses a partial symbol, "E/CN.15/2021/…". Strict as `parseSymbol` is: the text must be
 * the written form (one "…" character, no blanks, the symbol's case). The organ, series and
 * category are read as in `parseSymbol`; the session or year is required and checked
 * against `options.referenceDate`; the ellipsis must come right after it and end the text.
 * Every error says where and what, as `parseSymbol` does.
 * @example
 * parsePartialSymbol("E/CN.15/2021/…")    // ok, formatPartialSymbol gives "E/CN.15/2021/…"
 * parsePartialSymbol("E/CN.15/2021/...")  // false: at character 13, "..." is written "…"
 * parsePartialSymbol("E/CN.15/…").ok      // false: a partial symbol names its year before "…"
 * parsePartialSymbol("E/CN.15/2021/2").ok // false: a full symbol (use parseSymbol)
 */
export function parsePartialSymbol(text: string, options: SymbolParseOptions = {}): PartialSymbolParseResult {
  return wordedSymbolResult(parsePartialSymbolUnworded(text, options));
}

/** {@link parsePartialSymbol} with its refusal as data only (see `parseSymbolUnworded`). @internal */
export function parsePartialSymbolUnworded(
  text: string,
  options: SymbolParseOptions = {},
): Result<PartialDocumentSymbol, SymbolRefusal> {
  const overlong = overlongSymbol(text);
  if (overlong !== undefined) return { ok: false, error: overlong };
  const read = readPartialLeniently(text, options);
  const stray = strayCharacter(text, { ellipsis: true });
  if (stray !== undefined && (read.ok || read.error.offset > stray.offset)) {
    return {
      ok: false,
      error: strayCharacterError(text, stray, read.ok ? formatPartialSymbol(read.value) : undefined),
    };
  }
  if (!read.ok) return read;
  const fault = writtenFormFault(text, read.segments, partialComponents(read.value));
  return fault === undefined ? { ok: true, value: read.value } : { ok: false, error: fault };
}

/** The components of a partial symbol as written, the ellipsis last. */
function partialComponents(partial: PartialDocumentSymbol): SymbolComponent[] {
  const components: SymbolComponent[] = [{ part: "organ", text: partial.organ }];
  for (const component of partial.series) components.push({ part: "series", text: formatSeriesComponent(component) });
  if (partial.category !== undefined) components.push({ part: "category", text: partial.category });
  components.push(
    partial.period.kind === "session"
      ? { part: "session", text: String(partial.period.session) }
      : { part: "year", text: String(partial.period.year) },
  );
  components.push({ part: "document", text: PARTIAL_SYMBOL_ELLIPSIS });
  return components;
}

/** A partial symbol read leniently (blanks, case, "..."), with the segments it was read from. */
function readPartialLeniently(
  text: string,
  options: SymbolParseOptions,
):
  | { readonly ok: true; readonly value: PartialDocumentSymbol; readonly segments: readonly Segment[] }
  | { readonly ok: false; readonly error: SymbolRefusal } {
  const segmented = segmentSymbol(text);
  if (!segmented.ok) return segmented;
  if (segmented.yearSuffix !== undefined) {
    const at = segmented.yearSuffix.bracketOffset;
    return fault(
      text,
      "year",
      { shape: "other", text: "(", offset: at, end: at + 1 },
      said("yearOnlySecurityCouncil"),
      said("hint.example", { example: `E/CN.15/2021/${PARTIAL_SYMBOL_ELLIPSIS}` }),
    );
  }
  const { segments } = segmented;
  const ellipsisAt = segments.findIndex((segment) => isEllipsisSegment(segment));
  const last = segments[segments.length - 1];
  if (last === undefined)
    return fault(
      text,
      "symbol",
      { shape: "other", text: "", offset: 0, end: 0 },
      said("empty"),
      said("hint.example", { example: `E/CN.15/2021/${PARTIAL_SYMBOL_ELLIPSIS}` }),
    );
  if (ellipsisAt === -1) {
    return fault(
      text,
      "document",
      last,
      said("partialNoEllipsis", { ellipsis: PARTIAL_SYMBOL_ELLIPSIS }),
      said("hint.example", { example: `E/CN.15/2021/${PARTIAL_SYMBOL_ELLIPSIS}` }),
    );
  }
  const after = segments[ellipsisAt + 1];
  if (after !== undefined) {
    return fault(
      text,
      "document",
      after,
      said("partialAfterEllipsis", { ellipsis: PARTIAL_SYMBOL_ELLIPSIS }),
      said("hint.example", { example: `E/CN.15/2021/${PARTIAL_SYMBOL_ELLIPSIS}` }),
    );
  }
  const ellipsis = segments[ellipsisAt] ?? last;
  const known = segments.slice(0, ellipsisAt);
  const reader: SymbolReader = {
    input: text,
    segments: known,
    endOffset: ellipsis.offset,
    referenceDate: options.referenceDate ?? new Date(),
    index: 0,
  };
  const read = runStage(() => {
    const { organ, series } = readOrganAndSeries(reader);
    const categorySegment = known[reader.index];
    const category =
      categorySegment?.shape === "word" ? canonicalCode(SymbolCategory.options, categorySegment.word) : undefined;
    if (category !== undefined) reader.index += 1;
    return { organ, series, category };
  });
  if (!read.ok) return read;
  const { organ, series, category } = read.value;
  const periodPart = periodKindOf(organ);
  const periodSegment = known[reader.index];
  if (periodSegment?.shape !== "number") {
    return fault(
      text,
      periodPart,
      periodSegment ?? ellipsis,
      said("partialNoPeriod", { period: periodPart, ellipsis: PARTIAL_SYMBOL_ELLIPSIS }),
      said("hint.example", { example: `E/CN.15/2021/${PARTIAL_SYMBOL_ELLIPSIS}` }),
    );
  }
  const period = runStage(() => readPeriod(reader, organ, periodSegment, series));
  if (!period.ok) return period;
  const extra = known[reader.index + 1];
  if (extra !== undefined) {
    return fault(
      text,
      "document",
      extra,
      said("partialExtra", { text: extra.text, period: periodPart, ellipsis: PARTIAL_SYMBOL_ELLIPSIS }),
      said("hint.example", { example: "E/CN.15/2021/3" }),
    );
  }
  const partial: PartialDocumentSymbol = { organ, series, period: period.value };
  if (category !== undefined) partial.category = category;
  return { ok: true, value: partial, segments };
}

/**
 * Renders a partial symbol in its normalised form, the ellipsis last.
 * @example formatPartialSymbol(parsed) // "E/CN.15/2021/…"
 */
export function formatPartialSymbol(partial: PartialDocumentSymbol): string {
  const parts: string[] = [partial.organ, ...partial.series.map(formatSeriesComponent)];
  if (partial.category !== undefined) parts.push(partial.category);
  parts.push(String(partial.period.kind === "session" ? partial.period.session : partial.period.year));
  parts.push(PARTIAL_SYMBOL_ELLIPSIS);
  return parts.join("/");
}
