import type { DocumentSymbol } from "./DocumentSymbol";
import { adoptionSuffixText, formatSymbol, symbolComponents } from "./DocumentSymbol";
import { englishSymbolRepair, wordedSymbolError } from "./EnglishSymbolText";
import type { InvalidSymbol, SymbolRefusal } from "./SymbolError";
import { said, type SymbolSaid } from "./SymbolSaid";
import type { SymbolParseOptions } from "./SymbolParser";
import { readSymbolLeniently } from "./SymbolParser";
import { overlongSymbol } from "./SymbolWrittenForm";
import type { Result } from "../result/Result";

/** One change `normaliseSymbol` made: what it found where, and what it wrote instead. */
export interface SymbolRepair {
  /** Where the repaired text starts in the input (UTF-16 units, from 0). */
  readonly offset: number;
  /** The text as typed (may be empty where something was missing). */
  readonly found: string;
  /** The text of the written form in its place (empty where something was removed). */
  readonly written: string;
  /** What was repaired, in English words: "removed blanks", "wrote the letters in the symbol's case". */
  readonly reason: string;
  /** What was repaired, as messages, one per change (`formatSymbolRepairIn` words them in any language). */
  readonly wording: readonly SymbolSaid[];
}

/** A symbol as `normaliseSymbol` repaired it: its written form, its parts, and every repair made. */
export interface NormalisedSymbol {
  /** The symbol in its written form ("A/RES/74/173/Add.1"). */
  readonly text: string;
  readonly symbol: DocumentSymbol;
  /** Each change made to the text as typed, in the order of the text (none when it was already written so). */
  readonly repairs: readonly SymbolRepair[];
}

/**
 * The outcome of `normaliseSymbol`: the `NormalisedSymbol` under `value`, or under `error`
 * the `InvalidSymbol` that says why the text is not a symbol even once repaired.
 */
export type SymbolNormalisation = Result<NormalisedSymbol, InvalidSymbol>;

function describeComponent(found: string, written: string): SymbolSaid[] {
  const reasons: SymbolSaid[] = [];
  const folded = found.normalize("NFKC");
  if (folded !== found) reasons.push(said("repair.foldedFullWidth"));
  const unblanked = folded.replace(/\s+/g, "");
  if (unblanked !== folded) reasons.push(said("repair.removedBlanks"));
  const dotted =
    !unblanked.includes(".") && written.includes(".") ? unblanked.replace(/^([A-Za-z]+)(\d)/, "$1.$2") : unblanked;
  if (dotted !== unblanked) reasons.push(said("repair.addedDot"));
  if (dotted !== written && dotted.toUpperCase() === written.toUpperCase()) reasons.push(said("repair.case"));
  if (reasons.length === 0) reasons.push(said("repair.oneForm"));
  return reasons;
}

function describeGap(found: string, written: string): SymbolSaid[] {
  if (written === "") return [said(found.trim() === "" ? "repair.blanksAround" : "repair.strayText")];
  if (found.trim() === "/") return [said("repair.blanksBesideSlash")];
  if (written === "-") return [said("repair.jointHyphen")];
  return [said("repair.plainSlash")];
}

/** A repair with its reasons, in English words and as messages. */
function repair(offset: number, found: string, written: string, wording: readonly SymbolSaid[]): SymbolRepair {
  return { offset, found, written, reason: wording.map(englishSymbolRepair).join(", "), wording };
}

/**
 * The written form `normaliseSymbol` gives, without wording what it repaired: what a schema
 * stores, so that its bundle carries no explanations. @internal
 */
export function normalisedSymbolText(text: string, options: SymbolParseOptions = {}): Result<string, SymbolRefusal> {
  const overlong = overlongSymbol(text);
  if (overlong !== undefined) return { ok: false, error: overlong };
  const read = readSymbolLeniently(text, options);
  return read.ok ? { ok: true, value: formatSymbol(read.value) } : read;
}

/**
 * Repairs the obvious typing slips of a symbol and says what it changed: blanks around the
 * symbol and beside slashes, full-width forms (Chinese texts write `Ａ／ＲＥＳ／７４／１７３`),
 * letters in the wrong case, a modifier without its dot (`rev1` → `Rev.1`), a Security
 * Council resolution's year without its blank (`S/RES/2532(2020)`). It never guesses a
 * missing or extra component: a text that is not a symbol once repaired fails with the
 * parser's error. Explicit by design — `parseSymbol` itself accepts only the written form.
 * @example
 * normaliseSymbol(" a/res/74/173 / add1")
 * // { ok: true, value: { text: "A/RES/74/173/Add.1", symbol: { … }, repairs: [{ offset: 0, found: " ", written: "", reason: "removed blanks around the symbol" }, …] } }
 */
export function normaliseSymbol(text: string, options: SymbolParseOptions = {}): SymbolNormalisation {
  const overlong = overlongSymbol(text);
  if (overlong !== undefined) return { ok: false, error: wordedSymbolError(overlong) };
  const read = readSymbolLeniently(text, options);
  if (!read.ok) return { ok: false, error: wordedSymbolError(read.error) };
  const components = symbolComponents(read.value);
  const repairs: SymbolRepair[] = [];
  let previousEnd = 0;
  for (const [index, segment] of read.segments.entries()) {
    const written = components[index]?.text ?? segment.text;
    const gap = text.slice(previousEnd, segment.offset);
    const separator = index === 0 ? "" : (components[index]?.after ?? "/");
    if (gap !== separator) {
      repairs.push(repair(previousEnd, gap, separator, describeGap(gap, separator)));
    }
    const found = text.slice(segment.offset, segment.end);
    if (found !== written) {
      repairs.push(repair(segment.offset, found, written, describeComponent(found, written)));
    }
    previousEnd = segment.end;
  }
  const tail = text.slice(previousEnd);
  const year = read.value.adoptionYear;
  const mark = "*".repeat(read.value.reissue ?? 0);
  const dated = adoptionSuffixText(read.value);
  const writtenTail = `${dated}${mark}`;
  if (tail !== writtenTail) {
    const reason =
      year !== undefined
        ? "repair.yearOfAdoption"
        : read.value.resolutionPart !== undefined &&
            read.value.adoptionSession === undefined &&
            read.value.adoptionSpecialSession === undefined
          ? "repair.partsAfterNumber"
          : dated !== ""
            ? "repair.sessionOfAdoption"
            : mark !== ""
              ? "repair.reissueMark"
              : "repair.blanksAround";
    repairs.push(repair(previousEnd, tail, writtenTail, [said(reason)]));
  }
  return { ok: true, value: { text: formatSymbol(read.value), symbol: read.value, repairs } };
}
