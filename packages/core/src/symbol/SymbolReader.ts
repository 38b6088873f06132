import type { SymbolRefusal, SymbolPart } from "./SymbolError";
import { symbolRefusal } from "./SymbolError";
import type { SymbolSaid } from "./SymbolSaid";
import type { Segment } from "./SymbolSegments";
import { readSymbolNumber } from "./SymbolSegments";

/**
 * Thrown inside the parser and caught at its edge (`parseSymbol`, `runStage`), so that each
 * stage reads straight through; callers only ever see a `SymbolParseResult` value. @internal
 */
export class Fault {
  constructor(readonly error: SymbolRefusal) {}
}

/** The segments being read and how far the reader has got. @internal */
export interface SymbolReader {
  readonly input: string;
  readonly segments: readonly Segment[];
  readonly endOffset: number;
  readonly referenceDate: Date;
  index: number;
}

/** Stops the reader with an error at a segment (or at the end when there is none). @internal */
export function fail(
  reader: SymbolReader,
  part: SymbolPart,
  segment: Segment | undefined,
  reason: SymbolSaid,
  hint?: SymbolSaid,
): never {
  throw new Fault(
    symbolRefusal(reader.input, part, segment?.offset ?? reader.endOffset, segment?.text ?? "", reason, hint),
  );
}

/** Reads a number of the symbol, or stops the reader with why it is not one. @internal */
export function numberOf(reader: SymbolReader, part: SymbolPart, segment: Segment, digits: string): number {
  const read = readSymbolNumber(digits);
  if ("reason" in read) fail(reader, part, segment, read.reason, read.hint);
  return read.value;
}

/** Runs a reader stage, turning its fault into an error value. @internal */
export function runStage<T>(stage: () => T): { ok: true; value: T } | { ok: false; error: SymbolRefusal } {
  try {
    return { ok: true, value: stage() };
  } catch (caught) {
    if (caught instanceof Fault) return { ok: false, error: caught.error };
    throw caught;
  }
}
