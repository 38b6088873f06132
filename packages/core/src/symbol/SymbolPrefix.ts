import * as z from "zod/mini";
import type { DocumentSymbol, SymbolComponent } from "./DocumentSymbol";
import { SeriesComponent, formatSeriesComponent } from "./DocumentSymbol";
import { Organ } from "./Organ";
import type { InvalidSymbol, SymbolRefusal } from "./SymbolError";
import { symbolRefusal } from "./SymbolError";
import { wordedSymbolResult } from "./EnglishSymbolText";
import { briefSymbolRefusal } from "./SymbolRefusalBrief";
import { said } from "./SymbolSaid";
import { readOrganAndSeries, runStage, symbolReader } from "./SymbolParser";
import type { Segment } from "./SymbolSegments";
import { segmentSymbol } from "./SymbolSegments";
import { overlongSymbol, strayCharacter, strayCharacterError, writtenFormFault } from "./SymbolWrittenForm";
import type { Result } from "../result/Result";

/**
 * The leading part of symbols that a body's documents share: the organ and the series
 * components, without category, session, year or number (`E/CN.15` for the Commission on
 * Crime Prevention and Criminal Justice, `A` for the General Assembly).
 */
export const SymbolPrefixParts = z.strictObject({ organ: Organ, series: z.array(SeriesComponent) });
/** The organ and series components that a body's symbols start with. */
export type SymbolPrefixParts = z.infer<typeof SymbolPrefixParts>;

/** The outcome of parsing a symbol prefix. */
export type SymbolPrefixResult = Result<SymbolPrefixParts, InvalidSymbol>;

/**
 * Parses a symbol prefix such as `E/CN.15`, `UNODC/CCPCJ/EG.4` or `CTOC/COP`, strictly as
 * `parseSymbol` reads a symbol (the written form only). Anything after the series
 * components (a category, a session or year, a number) is an error: a prefix names the
 * series, not a document.
 * @example parseSymbolPrefix("E/CN.15") // { ok: true, value: { organ: "E", series: [{ kind: "body", code: "CN", number: 15 }] } }
 */
export function parseSymbolPrefix(text: string): SymbolPrefixResult {
  return wordedSymbolResult(parseSymbolPrefixUnworded(text));
}

/** {@link parseSymbolPrefix} with its refusal as data only (see `parseSymbolUnworded`). @internal */
export function parseSymbolPrefixUnworded(text: string): Result<SymbolPrefixParts, SymbolRefusal> {
  const overlong = overlongSymbol(text);
  if (overlong !== undefined) return { ok: false, error: overlong };
  const read = readPrefixLeniently(text);
  const stray = strayCharacter(text, {});
  if (stray !== undefined && (read.ok || read.error.offset > stray.offset)) {
    return {
      ok: false,
      error: strayCharacterError(text, stray, read.ok ? formatSymbolPrefix(read.value) : undefined),
    };
  }
  if (!read.ok) return read;
  const components: SymbolComponent[] = [
    { part: "organ", text: read.value.organ },
    ...read.value.series.map((component): SymbolComponent => ({
      part: "series",
      text: formatSeriesComponent(component),
    })),
  ];
  const fault = writtenFormFault(text, read.segments, components);
  return fault === undefined ? { ok: true, value: read.value } : { ok: false, error: fault };
}

function readPrefixLeniently(
  text: string,
):
  | { readonly ok: true; readonly value: SymbolPrefixParts; readonly segments: readonly Segment[] }
  | { readonly ok: false; readonly error: SymbolRefusal } {
  const segmented = segmentSymbol(text);
  if (!segmented.ok) return segmented;
  const reader = symbolReader(text, segmented.segments, segmented.endOffset);
  const read = runStage(() => readOrganAndSeries(reader));
  if (!read.ok) return read;
  const extra = segmented.segments[reader.index];
  if (extra !== undefined) {
    return {
      ok: false,
      error: symbolRefusal(text, "series", extra.offset, extra.text, said("prefixOnly"), said("hint.prefix")),
    };
  }
  if (segmented.yearSuffix !== undefined) {
    return {
      ok: false,
      error: symbolRefusal(
        text,
        "series",
        segmented.yearSuffix.bracketOffset,
        "(",
        said("prefixOnly"),
        said("hint.prefix"),
      ),
    };
  }
  return { ok: true, value: read.value, segments: segmented.segments };
}

/**
 * Renders a symbol prefix: `E/CN.15`.
 * @example formatSymbolPrefix({ organ: "A", series: [] }) // "A"
 */
export function formatSymbolPrefix(prefix: SymbolPrefixParts): string {
  return [prefix.organ, ...prefix.series.map(formatSeriesComponent)].join("/");
}

/**
 * The prefix of a parsed symbol: its organ and series components.
 * @example formatSymbolPrefix(prefixOfSymbol(parsed("E/CN.15/2011/2"))) // "E/CN.15"
 */
export function prefixOfSymbol(symbol: DocumentSymbol): SymbolPrefixParts {
  return { organ: symbol.organ, series: symbol.series };
}

/**
 * Whether a symbol starts with a prefix, component by component: `E/CN.15/2011/2` starts
 * with `E` and with `E/CN.15`, not with `E/CN.1` (components compare whole).
 */
export function symbolHasPrefix(symbol: DocumentSymbol, prefix: SymbolPrefixParts): boolean {
  if (symbol.organ !== prefix.organ || prefix.series.length > symbol.series.length) return false;
  return prefix.series.every((component, i) => {
    const other = symbol.series[i];
    return other !== undefined && formatSeriesComponent(other) === formatSeriesComponent(component);
  });
}

/**
 * A symbol prefix as stored text: parsed and normalised (`e/cn.15` → `E/CN.15`); an
 * invalid prefix fails with what is wrong and where (`briefSymbolRefusal`), the parser's
 * refusal as the issue's `params`.
 * @example SymbolPrefix.parse("E/CN.15") // "E/CN.15"
 */
export const SymbolPrefix = z.string().check(
  z.superRefine((text, context) => {
    const result = parseSymbolPrefixUnworded(text);
    if (!result.ok) {
      context.addIssue({
        code: "custom",
        input: text,
        message: briefSymbolRefusal(result.error),
        params: result.error,
      });
    }
  }),
  z.overwrite((text) => {
    const result = parseSymbolPrefixUnworded(text);
    return result.ok ? formatSymbolPrefix(result.value) : text;
  }),
);
/** A normalised symbol prefix such as `E/CN.15`. */
export type SymbolPrefix = z.infer<typeof SymbolPrefix>;
