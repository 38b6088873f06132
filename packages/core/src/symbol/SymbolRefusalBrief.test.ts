import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SourceReference } from "../provenance/SourceReference";
import { arbitraryCitation, arbitraryDocumentSymbol, arbitraryPartialSymbol } from "../testing";
import { formatCitation } from "./Citation";
import { formatCitationErrorIn } from "./CitationWords";
import { parseCitation } from "./CitationParser";
import { documentReferenceTextAsOf, formatDocumentReference, parseDocumentReference } from "./DocumentReference";
import type { SymbolRefusal } from "./SymbolError";
import { briefSymbolRefusal, SYMBOL_PART_WORDS } from "./SymbolRefusalBrief";
import { ENGLISH_SYMBOL_REFUSAL_TEXT } from "./SymbolRefusalTextEn";
import { formatSymbolErrorIn } from "./SymbolText";

const referenceDate = new Date("2021-06-01T00:00:00Z");
const asOf2021 = documentReferenceTextAsOf(referenceDate);

/** Typed symbols: valid ones from the corpus's generators, slips of them, and any text at all. */
const typed = fc.oneof(
  arbitraryDocumentSymbol,
  arbitraryPartialSymbol,
  fc
    .tuple(arbitraryDocumentSymbol, fc.nat(), fc.constantFrom(" ", "/", "-", "…", "x", "0", "("))
    .map(([text, at, slip]) => text.slice(0, at % (text.length + 1)) + slip + text.slice(at % (text.length + 1))),
  fc.string({ maxLength: 40 }),
  fc.stringMatching(/^[A-Za-z0-9./ ()…-]{0,40}$/),
);

describe("a schema's refusal of a symbol, worded without the parser's explanations", () => {
  it("names each part as the explanation does", () => {
    for (const [part, words] of Object.entries(SYMBOL_PART_WORDS)) {
      expect(ENGLISH_SYMBOL_REFUSAL_TEXT.part({ part })).toBe(words);
    }
  });

  it("accepts, normalises and refuses exactly as the parser, and its refusal gives back the parser's whole explanation", () => {
    fc.assert(
      fc.property(typed, (text) => {
        const parsed = parseDocumentReference(text, { referenceDate });
        const checked = asOf2021.safeParse(text);
        expect(checked.success).toBe(parsed.ok);
        if (parsed.ok) {
          expect(checked.data).toBe(formatDocumentReference(parsed.value));
          return;
        }
        const [issue, ...more] = checked.error?.issues ?? [];
        expect(more).toEqual([]);
        const refusal = (issue as { params?: unknown } | undefined)?.params as SymbolRefusal;
        expect(refusal).toEqual({
          _tag: "InvalidSymbol",
          input: parsed.error.input,
          part: parsed.error.part,
          offset: parsed.error.offset,
          wording: parsed.error.wording,
        });
        expect(issue?.message).toBe(briefSymbolRefusal(refusal));
        expect(formatSymbolErrorIn(refusal, "en")).toBe(parsed.error.message);
      }),
      { numRuns: 300 },
    );
  });

  it("says what is wrong with a source and where, for a symbol and for a citation, and keeps both refusals", () => {
    const refused = SourceReference.safeParse("SG_report_cybercrime_TA_2021");
    const issue = refused.error?.issues[0];
    expect(issue?.message).toBe(
      '"SG_report_cybercrime_TA_2021" names no source document: as a document symbol, ' +
        'a character that cannot appear in a symbol at character 2 (segment "_"); ' +
        "as a citation, no resolution or decision at character 24 (kind). " +
        'Write a symbol ("E/CN.15/2011/2"), a partial symbol whose number is unknown ("E/CN.15/2021/…") or a citation ("GA decision 74/567").',
    );
    const { asSymbol, asCitation } = (issue as { params?: unknown } | undefined)?.params as {
      asSymbol: SymbolRefusal;
      asCitation: never;
    };
    expect(formatSymbolErrorIn(asSymbol, "en")).toContain("is not a valid document symbol");
    const cited = parseCitation("SG_report_cybercrime_TA_2021");
    expect(formatCitationErrorIn(asCitation, "en")).toBe(cited.ok ? "" : cited.error.message);
  });

  it("stores a cited source as the public reader does", () => {
    fc.assert(
      fc.property(arbitraryCitation, (citation) => {
        const text = formatCitation(citation, "en");
        const parsed = SourceReference.safeParse(text);
        expect(parsed.success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
