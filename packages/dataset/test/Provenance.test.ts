import { DocumentReferenceText, LANGUAGES, isPartialReference, isShare } from "@remit/core";
import type { Provenance } from "@remit/core";
import { describe, expect, it } from "vitest";
import { GUIDE_2011, REPORT_2021, datasetEntries } from "../src";
import { seedDataset } from "./SeedQueries";
import { runningText, seedOf, withoutSpace } from "./SeedText";

const dataset = seedDataset();
const entries = [...datasetEntries(dataset)];

/** Every provenance anywhere inside a record (the record's own and its parts'). */
function provenancesIn(value: unknown): Provenance[] {
  if (Array.isArray(value)) return value.flatMap(provenancesIn);
  if (typeof value !== "object" || value === null) return [];
  const record = value as Record<string, unknown>;
  if (record.source === "document" || record.source === "computed") return [record as unknown as Provenance];
  return Object.values(record).flatMap(provenancesIn);
}

/** Every localized text inside a record: an object whose keys are all official languages. */
function localizedTextsIn(value: unknown): Record<string, string>[] {
  if (Array.isArray(value)) return value.flatMap(localizedTextsIn);
  if (typeof value !== "object" || value === null) return [];
  const keys = Object.keys(value);
  if (keys.length > 0 && keys.every((key) => (LANGUAGES as readonly string[]).includes(key)))
    return [value as Record<string, string>];
  return Object.values(value).flatMap(localizedTextsIn);
}

describe("provenance", () => {
  it("every record except bodies and indicators cites its seed document", () => {
    for (const { kind, record } of entries) {
      if (kind === "body" || kind === "indicator") continue;
      expect(provenancesIn(record).length, `${kind} ${record.id}`).toBeGreaterThan(0);
    }
  });

  it("cites only the two seed documents, and the 2021 report without an invented number", () => {
    const symbols = new Set(
      entries
        .flatMap(({ record }) => provenancesIn(record))
        .flatMap((p) => (p.source === "document" ? [p.symbol] : [])),
    );
    expect([...symbols].sort()).toEqual([GUIDE_2011.citation, REPORT_2021.citation].sort());
    expect(REPORT_2021.citation.startsWith(REPORT_2021.symbolKnownPart!)).toBe(true);
  });

  it("each seed is cited by a valid document reference: the guide by its symbol, the report by its partial symbol", () => {
    expect(DocumentReferenceText.parse(GUIDE_2011.citation)).toBe(GUIDE_2011.symbol);
    expect(DocumentReferenceText.parse(REPORT_2021.citation)).toBe(REPORT_2021.citation);
    expect(isPartialReference(REPORT_2021.citation)).toBe(true);
    expect(isPartialReference(GUIDE_2011.citation)).toBe(false);
  });

  it("facts stated in footnotes cite them: the agendas' symbols (*), UNTOC's treaty series entry (1), the Salvador Declaration's symbol (4)", () => {
    const footnoted = entries.flatMap(({ record }) =>
      provenancesIn(record).flatMap((p) =>
        p.source === "document" && p.footnotes !== undefined ? [[record.id, p.symbol, ...p.footnotes]] : [],
      ),
    );
    expect(footnoted).toEqual([
      ["salvador-declaration", GUIDE_2011.citation, 4],
      ["untoc", GUIDE_2011.citation, 1],
      ["ccpcj-20", GUIDE_2011.citation, "*"],
      ["ccpcj-30", REPORT_2021.citation, "*"],
    ]);
  });

  it("bodies whose relations the seeds state cite them: the expert group under the Commission (¶35), the ad hoc committee under the Assembly (¶10)", () => {
    const cited = Object.fromEntries(
      dataset.bodies
        .filter((body) => body.provenance !== undefined)
        .map((body) => [body.id, body.provenance?.flatMap((p) => (p.source === "document" ? p.paragraphs : []))]),
    );
    expect(cited).toEqual({
      "crime-congress": [21],
      "eg-cybercrime": [35, 39],
      "ahc-cybercrime": [10, 12],
      "unodc-gpc": [7],
      "secretary-general": [],
    });
    const expertGroup = dataset.bodies.find((body) => body.id === "eg-cybercrime");
    expect(expertGroup?.parentId).toBe("ccpcj");
    expect(expertGroup?.provenance?.[0]).toMatchObject({
      quote: "该专家组由预防犯罪和刑事司法委员会根据大会第 65/230 号决议设立…",
    });
  });

  it("every figure cites the paragraph it was stated in and quotes the seed's words", () => {
    for (const observation of dataset.observations) {
      const cited = observation.provenance.filter((p) => p.source === "document");
      expect(cited.length, observation.id).toBeGreaterThan(0);
      for (const p of cited) {
        expect(p.paragraphs.length, observation.id).toBeGreaterThan(0);
        expect(p.quote, observation.id).toBeDefined();
      }
    }
  });

  it("every figure's qualifier is the one its quoted words carry: 多/超过 more than, 近 nearly, 大约 about, none exact", () => {
    for (const observation of dataset.observations) {
      const quote = observation.provenance
        .flatMap((p) => (p.source === "document" && p.quote !== undefined ? [p.quote] : []))
        .join(" ");
      const value = isShare(observation.value)
        ? observation.value.basis === "percent"
          ? observation.value.percent
          : observation.value.numerator
        : observation.value;
      const worded = /\d\s*多|超过\s*\d/.test(quote)
        ? "more than"
        : /近\s*\d/.test(quote)
          ? "nearly"
          : /(大约|约)\s*\d/.test(quote)
            ? "about"
            : "exact";
      const recorded =
        value.qualifier === "atLeast" && value.strict === true
          ? "more than"
          : value.qualifier === "approximately"
            ? "about"
            : value.qualifier;
      expect(recorded, `${observation.id}: ${quote}`).toBe(worded);
    }
  });
});

describe("languages", () => {
  it("every human-readable text is given in Chinese and English at least", () => {
    let count = 0;
    for (const { kind, record } of entries) {
      for (const text of localizedTextsIn(record)) {
        count += 1;
        expect(text.zh, `${kind} ${record.id}: ${JSON.stringify(text)}`).toBeDefined();
        expect(text.en, `${kind} ${record.id}: ${JSON.stringify(text)}`).toBeDefined();
      }
    }
    // At least the activity titles, body names and the 104 texts of the discussion guide were walked.
    expect(count).toBeGreaterThanOrEqual(dataset.activities.length + dataset.bodies.length + 104);
  });
});

describe("quotes", () => {
  const SENTENCE_START = /(^|[。；：！？”）.])$/u;
  const SENTENCE_END = /^($|[。；！？])/u;
  const quotes = entries.flatMap(({ record }) =>
    provenancesIn(record).flatMap((p) =>
      p.source === "document" && p.quote !== undefined && p.footnotes === undefined
        ? [{ id: record.id, symbol: p.symbol, quote: p.quote }]
        : [],
    ),
  );

  it("every quote outside footnotes is the seed's words, piece by piece between its ellipses", () => {
    expect(quotes.length).toBeGreaterThan(50);
    for (const { id, symbol, quote } of quotes) {
      const seed = seedOf(symbol);
      expect(seed, `${id}: ${symbol}`).toBeDefined();
      const text = runningText(seed!);
      for (const piece of withoutSpace(quote)
        .split("…")
        .filter((part) => part !== "")) {
        expect(text.includes(piece), `${id}: "${piece}" is not in ${symbol}`).toBe(true);
      }
    }
  });

  it("a quote that starts or ends inside a sentence carries its ellipsis there", () => {
    for (const { id, symbol, quote } of quotes) {
      const text = runningText(seedOf(symbol)!);
      const pieces = withoutSpace(quote)
        .split("…")
        .filter((part) => part !== "");
      const start = text.indexOf(pieces[0]!);
      const end = text.indexOf(pieces.at(-1)!) + pieces.at(-1)!.length;
      const cutAtStart = !SENTENCE_START.test(text.slice(Math.max(0, start - 1), start));
      const cutAtEnd = !SENTENCE_END.test(text.slice(end, end + 1));
      if (cutAtStart) expect(quote.startsWith("…"), `${id}: "${quote}" starts mid-sentence`).toBe(true);
      if (cutAtEnd) expect(quote.endsWith("…"), `${id}: "${quote}" ends mid-sentence`).toBe(true);
    }
  });
});
