import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DocumentSymbol, formatSymbol, symbolComponents } from "./DocumentSymbol";
import type { SymbolPart } from "./SymbolPart";
import { normaliseSymbol } from "./SymbolNormalisation";
import { parseSymbol } from "./SymbolParser";
import { TREATY_BODY_RULES, TreatyBody } from "./TreatyBody";
import {
  jointGeneralCommentText,
  treatyProtocolSymbolBody,
  treatySymbolBody,
  trusteeshipSymbolBody,
} from "../testing/arbitraries/treatySymbol";

// Every series of the UN document symbol guide that Remit reads, as generators of valid
// symbols written independently of formatSymbol. Ranges are valid on the reference date.
const asOf = { referenceDate: new Date("2021-06-01T00:00:00Z") };
const n = fc.integer({ min: 1, max: 2999 }).map(String);
const session = fc.integer({ min: 31, max: 75 }).map(String);
const year = (first: number) => fc.integer({ min: first, max: 2021 }).map(String);
const pick = <T>(...values: T[]) => fc.constantFrom(...values);

/** A document designation: plain, limited, restricted, records, papers, or a slashed series. */
const documentNumber = fc.oneof(
  n,
  n.map((x) => `L.${x}`),
  n.map((x) => `R.${x}`),
  n.map((x) => `PV.${x}`),
  n.map((x) => `SR.${x}`),
  n.map((x) => `CRP.${x}`),
  n.map((x) => `WP.${x}`),
  fc.tuple(pick("INF", "NGO", "PET"), n).map(([type, x]) => `${type}/${x}`),
);
const digit = fc.integer({ min: 1, max: 9 });
/** Modifier chains in the orders the grammar allows. */
const modifiers = fc
  .constantFrom(
    [],
    ["Add"],
    ["Rev"],
    ["Corr"],
    ["Amend"],
    ["Summary"],
    ["Add", "Corr"],
    ["Add", "Rev"],
    ["Add", "Summary"],
    ["Rev", "Add"],
    ["Rev", "Corr"],
    ["Rev", "Add", "Corr"],
    ["Rev", "Amend", "Corr"],
    ["Rev", "Summary"],
    ["Amend", "Corr"],
  )
  .chain((chain) =>
    fc.tuple(...chain.map((type) => (type === "Summary" ? fc.constant("Summary") : digit.map((d) => `${type}.${d}`)))),
  )
  .map((chain) => chain.map((modifier) => `/${modifier}`).join(""));

const withModifiers = (body: fc.Arbitrary<string>) =>
  fc.tuple(body, modifiers).map(([text, suffix]) => `${text}${suffix}`);

/** The series, each with a real symbol of it as the first example. */
const SERIES: Record<string, { example: string; arbitrary: fc.Arbitrary<string> }> = {
  "General Assembly": {
    example: "A/RES/74/173",
    arbitrary: withModifiers(
      fc.oneof(
        fc.tuple(session, n).map(([s, x]) => `A/RES/${s}/${x}`),
        fc.tuple(session, documentNumber).map(([s, d]) => `A/${s}/${d}`),
      ),
    ),
  },
  "General Assembly special and emergency special sessions": {
    example: "A/RES/ES-10/19",
    arbitrary: withModifiers(
      fc.oneof(
        // Resolutions of the 1st to 7th special and 1st to 5th emergency special sessions are
        // numbered in the Assembly's one series, A/RES/3362 (S-VII): see the Roman-numeral forms.
        fc
          .tuple(pick(["S", 8], ["ES", 6]), n, n)
          .map(([[kind, first], s, x]) => `A/RES/${kind}-${Number(s) + Number(first) - 1}/${x}`),
        fc.tuple(pick("S", "ES"), n, documentNumber).map(([kind, s, d]) => `A/${kind}-${s}/${d}`),
      ),
    ),
  },
  "General Assembly main committees and subsidiary bodies": {
    example: "A/C.3/74/L.5/Rev.1",
    arbitrary: withModifiers(
      fc.oneof(
        fc.tuple(digit, session, documentNumber).map(([c, s, d]) => `A/C.${c}/${s}/${d}`),
        fc.tuple(n, documentNumber).map(([ac, d]) => `A/AC.${ac}/${d}`),
        fc.tuple(n, n).map(([ac, x]) => `A/AC.${ac}/C.1/L.${x}`),
        fc.tuple(n, documentNumber).map(([conf, d]) => `A/CONF.${conf}/${d}`),
        fc.tuple(n, documentNumber).map(([conf, d]) => `A/CONF.${conf}/PC/${d}`),
      ),
    ),
  },
  "Economic and Social Council and its commissions": {
    example: "E/CN.15/2021/L.5/Rev.1",
    arbitrary: withModifiers(
      fc.oneof(
        fc.tuple(year(1978), n).map(([y, x]) => `E/RES/${y}/${x}`),
        fc.tuple(year(1978), documentNumber).map(([y, d]) => `E/${y}/${d}`),
        fc.tuple(pick("7", "15", "4", "6"), year(1978), documentNumber).map(([c, y, d]) => `E/CN.${c}/${y}/${d}`),
        fc.tuple(year(1978), documentNumber).map(([y, d]) => `E/CN.4/Sub.2/${y}/${d}`),
        fc.tuple(year(1978), documentNumber).map(([y, d]) => `E/CN.4/Sub.2/AC.2/${y}/${d}`),
      ),
    ),
  },
  "Security Council": {
    example: "S/RES/2532 (2020)",
    arbitrary: fc.oneof(
      fc.tuple(n, year(1946)).map(([x, y]) => `S/RES/${x} (${y})`),
      withModifiers(fc.tuple(year(1994), n).map(([y, x]) => `S/${y}/${x}`)),
      withModifiers(fc.tuple(year(1994), n).map(([y, x]) => `S/PRST/${y}/${x}`)),
      withModifiers(n.map((x) => `S/PV.${x}`)),
    ),
  },
  "Secretariat bulletins, administrative instructions and information circulars": {
    example: "ST/SGB/2019/8",
    arbitrary: withModifiers(fc.tuple(pick("SGB", "AI", "IC"), year(1946), n).map(([s, y, x]) => `ST/${s}/${y}/${x}`)),
  },
  "Conference of the Parties to the Organized Crime Convention": {
    example: "CTOC/COP/2020/10",
    arbitrary: withModifiers(
      fc.oneof(
        fc.tuple(year(2004), documentNumber).map(([y, d]) => `CTOC/COP/${y}/${d}`),
        fc.tuple(digit, year(2004), documentNumber).map(([wg, y, d]) => `CTOC/COP/WG.${wg}/${y}/${d}`),
      ),
    ),
  },
  "Conference of the States Parties to the Convention against Corruption": {
    example: "CAC/COSP/2019/17",
    arbitrary: withModifiers(
      fc.oneof(
        fc.tuple(year(2006), documentNumber).map(([y, d]) => `CAC/COSP/${y}/${d}`),
        fc.tuple(year(2006), documentNumber).map(([y, d]) => `CAC/COSP/IRG/${y}/${d}`),
        fc.tuple(digit, year(2006), documentNumber).map(([wg, y, d]) => `CAC/COSP/WG.${wg}/${y}/${d}`),
        fc.tuple(digit, year(2006), documentNumber).map(([eg, y, d]) => `CAC/COSP/EG.${eg}/${y}/${d}`),
      ),
    ),
  },
  "UNODC expert groups": {
    example: "UNODC/CCPCJ/EG.4/2020/2",
    arbitrary: withModifiers(
      fc.tuple(digit, year(1946), documentNumber).map(([eg, y, d]) => `UNODC/CCPCJ/EG.${eg}/${y}/${d}`),
    ),
  },
  "Trusteeship Council (numbered in one series, no session or year)": {
    example: "T/1",
    arbitrary: withModifiers(trusteeshipSymbolBody),
  },
};

// The human-rights treaty bodies, each with a real symbol of its own forms.
const TREATY_EXAMPLES: Record<TreatyBody, string> = {
  CCPR: "CCPR/C/127/D/2728/2016",
  CESCR: "E/C.12/GC/24",
  CERD: "CERD/C/USA/CO/10-12",
  CEDAW: "CEDAW/C/FRA/CO/7-8",
  CAT: "CAT/C/GBR/CO/6",
  SPT: "CAT/OP/MDV/1",
  CRC: "CRC/C/GBR/CO/5",
  CMW: "CMW/C/MEX/CO/3",
  CRPD: "CRPD/C/GC/7",
  CED: "CED/C/MEX/CO/1",
};
for (const body of TreatyBody.options) {
  SERIES[`${TREATY_BODY_RULES[body].name} (${body})`] = {
    example: TREATY_EXAMPLES[body],
    arbitrary: withModifiers(treatySymbolBody(body)),
  };
}

SERIES["the Optional Protocols to the Convention on the Rights of the Child (OPAC, OPSC)"] = {
  example: "CRC/C/OPAC/USA/CO/2",
  arbitrary: withModifiers(treatyProtocolSymbolBody("CRC")),
};

// The Human Rights Council numbers its own sessions, three a year since 2006 (at most 48 by the end of 2021).
SERIES["Human Rights Council, with its own sessions"] = {
  example: "A/HRC/RES/5/1",
  arbitrary: withModifiers(
    fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 48 }), n).map(([s, x]) => `A/HRC/RES/${s}/${x}`),
      fc.tuple(fc.integer({ min: 1, max: 48 }), documentNumber).map(([s, d]) => `A/HRC/${s}/${d}`),
    ),
  ),
};

SERIES["joint general comments and recommendations of two treaty bodies"] = {
  example: "CEDAW/C/GC/31-CRC/C/GC/18",
  arbitrary: jointGeneralCommentText,
};

// Roman numerals written from digit tables, independently of the parser's own writer.
const ONES = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
const TENS = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"];
const roman = (max: number) => fc.integer({ min: 1, max }).map((k) => `${TENS[Math.floor(k / 10)]}${ONES[k % 10]}`);

SERIES["Trusteeship Council resolutions, with the session in Roman numerals"] = {
  example: "T/RES/2200 (LXI)",
  arbitrary: fc.tuple(n, roman(61)).map(([x, session]) => `T/RES/${x} (${session})`),
};
SERIES["General Assembly resolutions of its 1st to 30th sessions, numbered in one series"] = {
  example: "A/RES/3379 (XXX)",
  arbitrary: fc.tuple(n, roman(30)).map(([x, session]) => `A/RES/${x} (${session})`),
};

SERIES["General Assembly resolutions adopted in parts, the letter before the session in Roman numerals"] = {
  example: "A/RES/2200 A (XXI)",
  arbitrary: fc
    .tuple(n, pick("A", "B", "C", "D"), roman(30))
    .map(([x, letter, session]) => `A/RES/${x} ${letter} (${session})`),
};
SERIES["General Assembly resolutions of its 3rd to 7th special and 1st to 5th emergency special sessions"] = {
  example: "A/RES/3362 (S-VII)",
  arbitrary: fc
    .tuple(
      n,
      pick("", " A", " B"),
      fc.oneof(
        roman(7)
          .filter((r) => r !== "I" && r !== "II")
          .map((r) => `S-${r}`),
        roman(5).map((r) => `ES-${r}`),
      ),
    )
    .map(([x, letter, session]) => `A/RES/${x}${letter} (${session})`),
};
// The first two special sessions (1947, 1948) are written in Arabic numerals: 186 (S-2).
SERIES["General Assembly resolutions of its 1st and 2nd special sessions, in Arabic numerals"] = {
  example: "A/RES/186 (S-2)",
  arbitrary: fc
    .tuple(n, pick("", " A", " B"), pick("1", "2"))
    .map(([x, letter, session]) => `A/RES/${x}${letter} (S-${session})`),
};
// From the 31st session, parts are lettered after the number, one or a range issued together.
SERIES["General Assembly resolutions adopted in parts, the letters after the number"] = {
  example: "A/RES/60/247 A-C",
  arbitrary: fc
    .tuple(session, n, fc.integer({ min: 0, max: 24 }), fc.option(fc.integer({ min: 1, max: 5 })))
    .map(([s, x, first, span]) => {
      const letter = (i: number) => String.fromCharCode(65 + Math.min(i, 25));
      const last = span === null || first + span > 25 ? "" : `-${letter(first + span)}`;
      return `A/RES/${s}/${x} ${letter(first)}${last}`;
    }),
};
SERIES["Economic and Social Council resolutions to 1977, with its own session in Roman numerals"] = {
  example: "E/RES/1296 (XLIV)",
  arbitrary: fc
    .tuple(n, pick("", " A", " C", " F"), roman(63))
    .map(([x, letter, session]) => `E/RES/${x}${letter} (${session})`),
};

// China reports to the treaty bodies for Hong Kong and Macao under its code and the region's.
SERIES["A State party's region: Hong Kong, China (CHN-HKG) and Macao, China (CHN-MAC)"] = {
  example: "CCPR/C/CHN-HKG/CO/4",
  arbitrary: withModifiers(
    fc
      .tuple(pick("CCPR/C", "E/C.12", "CAT/C", "CRC/C", "CEDAW/C"), pick("HKG", "MAC"), pick("", "CO/", "Q/"), n)
      .map(([prefix, region, type, x]) => `${prefix}/CHN-${region}/${type}${x}`),
  ),
};

// UNMIK reported on Kosovo to the treaty bodies under UNK, a code outside ISO 3166-1.
SERIES["A State party named by a code the treaty bodies use outside ISO 3166 (UNK)"] = {
  example: "CCPR/C/UNK/CO/1",
  arbitrary: withModifiers(
    fc
      .tuple(pick("CCPR/C", "E/C.12", "CERD/C", "CAT/C"), pick("", "CO/", "Q/"), n)
      .map(([prefix, type, x]) => `${prefix}/UNK/${type}${x}`),
  ),
};

const anySeries = fc.oneof(...Object.values(SERIES).map((series) => series.arbitrary));

// A document reissued for technical reasons keeps its symbol and gains an asterisk per reissue.
SERIES["Reissued documents (the asterisk after any series)"] = {
  example: "E/CN.15/2021/2*",
  arbitrary: fc.tuple(anySeries, fc.integer({ min: 1, max: 3 })).map(([text, times]) => `${text}${"*".repeat(times)}`),
};

/** Each character position of a valid symbol with the part it belongs to. */
function partsByPosition(text: string): SymbolPart[] {
  const result = parseSymbol(text, asOf);
  if (!result.ok) throw new Error(result.error.message);
  const parts: SymbolPart[] = [];
  for (const [index, component] of symbolComponents(result.value).entries()) {
    if (index > 0) parts.push("segment");
    for (const _ of component.text) parts.push(component.part);
  }
  const { adoptionSession, adoptionSpecialSession, resolutionPart, lastResolutionPart } = result.value;
  const suffix = adoptionSession === undefined && adoptionSpecialSession === undefined ? "year" : "session";
  // A resolution's part is its document's letter (` A`), before the session in parentheses.
  if (resolutionPart !== undefined) parts.push("segment", "document");
  // A range of parts (` A-C`) is its document's letters too.
  if (lastResolutionPart !== undefined) parts.push("document", "document");
  while (parts.length < text.length) parts.push(suffix);
  return parts;
}

function refusal(text: string): { part: SymbolPart; offset: number } {
  const result = parseSymbol(text, asOf);
  if (result.ok) return { part: "symbol", offset: -1 };
  return { part: result.error.part, offset: result.error.offset };
}

describe("every series of the UN document symbol guide: parse ∘ format is the identity", () => {
  for (const [name, series] of Object.entries(SERIES)) {
    it(`${name}, e.g. ${series.example}`, () => {
      const example = parseSymbol(series.example, asOf);
      expect(example.ok && formatSymbol(example.value)).toBe(series.example);
      fc.assert(
        fc.property(series.arbitrary, (text) => {
          const result = parseSymbol(text, asOf);
          expect(result.ok ? formatSymbol(result.value) : result.error.message).toBe(text);
          if (result.ok) expect(DocumentSymbol.safeParse(result.value).success).toBe(true);
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe("every mutation that breaks a rule is refused, with the part and position", () => {
  const STRAY = [" ", "\t", "\u00a0", "\u3000", ",", ";", ":", "-", "_", "#", "(", ")", "*", "'", "\u200b"];

  it("a blank or stray punctuation anywhere is refused at its own position", () => {
    fc.assert(
      fc.property(anySeries, fc.nat(), fc.constantFrom(...STRAY), (text, at, stray) => {
        const bodyEnd =
          /(?: [A-Z])? \((?:E?S-)?(?:\d+|[IVXLC]+)\)$| [A-Z](?:-[A-Z])?$/.exec(text.replace(/\*+$/, ""))?.index ??
          text.length;
        const p = at % (bodyEnd + 1);
        // An asterisk at the very end is the reissue mark, not a stray character.
        fc.pre(!(stray === "*" && p === text.length));
        // Beside a special session's own hyphen, "-" makes the same text whichever side it went: reported at the first.
        fc.pre(!(stray === "-" && (text[p - 1] === "-" || text[p] === "-")));
        const mutated = `${text.slice(0, p)}${stray}${text.slice(p)}`;
        // A hyphen inside a State party's report number makes combined reports: CRC/C/GBR/1-2 is
        // valid, and CED/C/ABW/13-00 is a range that runs backwards, refused as the document's.
        fc.pre(!(stray === "-" && parseSymbol(mutated, asOf).ok));
        fc.pre(
          !(
            stray === "-" &&
            /\/[A-Z]{3}(?:-[A-Z]{3})?\//.test(text) &&
            /\d/.test(text[p - 1] ?? "") &&
            /\d/.test(text[p] ?? "")
          ),
        );
        expect(refusal(`${text.slice(0, p)}${stray}${text.slice(p)}`)).toEqual({ part: "segment", offset: p });
      }),
      { numRuns: 400 },
    );
  });

  it("a letter in the wrong case is refused at that letter, in its part", () => {
    fc.assert(
      fc.property(anySeries, fc.nat(), (text, at) => {
        const letters = [...text.matchAll(/[A-Za-z]/g)].map((match) => match.index);
        const p = letters[at % letters.length] ?? 0;
        const c = text[p] ?? "";
        const flipped = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
        const part = partsByPosition(text)[p];
        expect(refusal(`${text.slice(0, p)}${flipped}${text.slice(p + 1)}`)).toEqual({ part, offset: p });
      }),
      { numRuns: 300 },
    );
  });

  it("a missing dot is refused where the dot belongs", () => {
    fc.assert(
      fc.property(anySeries, fc.nat(), (text, at) => {
        const dots = [...text.matchAll(/\./g)].map((match) => match.index);
        fc.pre(dots.length > 0);
        const p = dots[at % dots.length] ?? 0;
        const part = partsByPosition(text)[p];
        expect(refusal(`${text.slice(0, p)}${text.slice(p + 1)}`)).toEqual({ part, offset: p });
      }),
      { numRuns: 300 },
    );
  });

  it("a leading zero is refused at the start of its number's component", () => {
    fc.assert(
      fc.property(anySeries, fc.nat(), (text, at) => {
        const numbers = [...text.matchAll(/(?<![0-9])[0-9]/g)].map((match) => match.index);
        const p = numbers[at % numbers.length] ?? 0;
        const parts = partsByPosition(text);
        let start = p;
        while (start > 0 && ![".", "/"].includes(text[start - 1] ?? "") && text[start - 1] !== "(") start -= 1;
        if (text[start - 1] === ".") start -= 1;
        while (start > 0 && /[A-Za-z]/.test(text[start - 1] ?? "")) start -= 1;
        expect(refusal(`${text.slice(0, p)}0${text.slice(p)}`)).toEqual({ part: parts[p], offset: start });
      }),
      { numRuns: 300 },
    );
  });

  it("a doubled slash is refused at the gap", () => {
    fc.assert(
      fc.property(anySeries, fc.nat(), (text, at) => {
        const slashes = [...text.matchAll(/\//g)].map((match) => match.index);
        const p = slashes[at % slashes.length] ?? 0;
        expect(refusal(`${text.slice(0, p)}/${text.slice(p)}`)).toEqual({ part: "segment", offset: p + 1 });
      }),
      { numRuns: 200 },
    );
  });

  it("modifiers out of order are refused at the first misplaced one", () => {
    expect(refusal("A/64/123/Corr.1/Add.1")).toEqual({ part: "modifier", offset: 16 });
    expect(refusal("A/64/123/Add.1/Add.2")).toEqual({ part: "modifier", offset: 15 });
    expect(refusal("A/64/123/Summary/Rev.1")).toEqual({ part: "modifier", offset: 17 });
    expect(refusal("ST/AI/2010/4/Amend.1/Rev.1")).toEqual({ part: "modifier", offset: 21 });
  });

  it("a special session belongs to the General Assembly, in place of its session, and its hyphen nowhere else", () => {
    expect(refusal("A/S-27/2")).toEqual({ part: "symbol", offset: -1 });
    expect(refusal("E/S-2/2020/1")).toEqual({ part: "session", offset: 2 });
    expect(refusal("A/74/S-27/2")).toEqual({ part: "document", offset: 5 });
    expect(refusal("A/RES/ES-10")).toEqual({ part: "document", offset: 11 });
    expect(refusal("A/RES/EX-10/19")).toEqual({ part: "segment", offset: 8 });
    expect(refusal("A/RES/ES--10/19")).toEqual({ part: "segment", offset: 8 });
    expect(refusal("A/RES/ES10/19")).toMatchObject({ part: "document" });
    expect(normaliseSymbol("a/res/es - 10/19", asOf)).toMatchObject({ ok: true, value: { text: "A/RES/ES-10/19" } });
  });

  it("the reissue mark ends the symbol, right after it, with at most three asterisks", () => {
    expect(refusal("A/74/123*")).toEqual({ part: "symbol", offset: -1 });
    expect(refusal("A/74/123****")).toEqual({ part: "segment", offset: 8 });
    expect(refusal("A/74/123 *")).toEqual({ part: "segment", offset: 8 });
    expect(refusal("A/74*/123")).toEqual({ part: "segment", offset: 4 });
    expect(refusal("*")).toEqual({ part: "symbol", offset: 0 });
  });

  it("normalising keeps a reissue mark as written, and moves one typed after a blank", () => {
    expect(normaliseSymbol("E/CN.15/2021/2*", asOf)).toMatchObject({
      ok: true,
      value: { text: "E/CN.15/2021/2*", repairs: [] },
    });
    expect(normaliseSymbol("e/cn.15/2021/2 **", asOf)).toMatchObject({
      ok: true,
      value: {
        text: "E/CN.15/2021/2**",
        repairs: [
          { offset: 0, found: "e", written: "E" },
          { offset: 2, found: "cn.15", written: "CN.15" },
          { offset: 14, found: " **", written: "**", reason: "wrote the reissue mark right after the symbol" },
        ],
      },
    });
  });

  it("the Human Rights Council's session is its own, at most three a year since 2006", () => {
    expect(refusal("A/HRC/49/1")).toEqual({ part: "session", offset: 6 });
    expect(refusal("A/HRC/RES/49/1")).toEqual({ part: "session", offset: 10 });
    expect(refusal("A/HRC/0/1")).toEqual({ part: "session", offset: 6 });
  });

  it("the Roman-numeral forms: which organ, which session, a part's letter before them", () => {
    expect(refusal("A/RES/3362 (S-VIII)")).toEqual({ part: "session", offset: 14 });
    expect(refusal("A/RES/2252 (ES-VI)")).toEqual({ part: "session", offset: 15 });
    expect(refusal("E/RES/2200 (LXIV)")).toEqual({ part: "session", offset: 12 });
    expect(refusal("S/RES/242 (S-VII)")).toEqual({ part: "session", offset: 10 });
    expect(refusal("E/RES/3362 (S-VII)")).toEqual({ part: "session", offset: 11 });
    expect(refusal("A/RES/S-7/1")).toEqual({ part: "session", offset: 6 });
    expect(refusal("A/RES/ES-5/1")).toEqual({ part: "session", offset: 6 });
    expect(refusal("A/RES/S-8/1")).toEqual({ part: "symbol", offset: -1 });
    expect(refusal("S/RES/242 A (1967)")).toEqual({ part: "document", offset: 10 });
    expect(refusal("A/RES/2200 a (XXI)")).toEqual({ part: "document", offset: 11 });
    expect(refusal("A/RES/2200 A(XXI)")).toEqual({ part: "segment", offset: 10 });
    expect(refusal("A/RES/2200  A (XXI)")).toEqual({ part: "segment", offset: 10 });
    expect(refusal("A/RES/2200A (XXI)")).toMatchObject({ part: "document" });
    expect(refusal("A/RES/3362 (s-VII)")).toEqual({ part: "session", offset: 12 });
    expect(refusal("A/RES/3362 (S-7)")).toEqual({ part: "session", offset: 14 });
    expect(refusal("A/RES/186 (S-II)")).toEqual({ part: "session", offset: 13 });
    expect(refusal("A/RES/106 (S-I)")).toEqual({ part: "session", offset: 13 });
    expect(refusal("A/RES/997 (ES-1)")).toEqual({ part: "session", offset: 14 });
    expect(refusal("A/RES/186 (S-02)")).toEqual({ part: "session", offset: 11 });
    expect(refusal("A/RES/186 (S-8)")).toEqual({ part: "session", offset: 13 });
    expect(refusal("E/RES/186 (S-2)")).toEqual({ part: "session", offset: 10 });
    expect(refusal("A/RES/186 (S-2)")).toEqual({ part: "symbol", offset: -1 });
    expect(normaliseSymbol("a/res/2200 a(xxi)", asOf)).toMatchObject({
      ok: true,
      value: { text: "A/RES/2200 A (XXI)" },
    });
    expect(normaliseSymbol("a/res/3362 (s - vii)", asOf)).toMatchObject({
      ok: true,
      value: { text: "A/RES/3362 (S-VII)" },
    });
    const parts = parseSymbol("E/RES/663 C (XXIV)", asOf);
    expect(parts.ok && parts.value).toEqual({
      organ: "E",
      series: [],
      category: "RES",
      document: { number: 663 },
      modifiers: [],
      adoptionSession: 24,
      resolutionPart: "C",
    });
    const special = parseSymbol("A/RES/2252 (ES-V)", asOf);
    expect(special.ok && special.value.adoptionSpecialSession).toEqual({ emergency: true, session: 5 });
    if (special.ok) {
      expect(DocumentSymbol.safeParse(special.value).success).toBe(true);
      expect(DocumentSymbol.safeParse({ ...special.value, adoptionSession: 5 }).success).toBe(false);
      expect(DocumentSymbol.safeParse({ ...special.value, organ: "E" }).success).toBe(false);
      expect(
        DocumentSymbol.safeParse({ ...special.value, adoptionSpecialSession: undefined, resolutionPart: "A" }).success,
      ).toBe(false);
    }
  });

  it("a later resolution's parts: after a regular session's resolution, one letter or a range upwards", () => {
    expect(refusal("A/RES/72/255 A")).toEqual({ part: "symbol", offset: -1 });
    expect(refusal("A/RES/60/247 A-C")).toEqual({ part: "symbol", offset: -1 });
    expect(refusal("A/RES/60/247 A-C*")).toEqual({ part: "symbol", offset: -1 });
    expect(refusal("A/RES/60/247 C-A")).toEqual({ part: "document", offset: 15 });
    expect(refusal("A/RES/60/247 A-A")).toEqual({ part: "document", offset: 15 });
    expect(refusal("A/RES/60/247 a")).toEqual({ part: "document", offset: 13 });
    expect(refusal("A/RES/60/247 A-c")).toEqual({ part: "document", offset: 15 });
    expect(refusal("A/RES/60/247  A")).toEqual({ part: "segment", offset: 12 });
    expect(refusal("A/RES/60/247 A - C")).toEqual({ part: "segment", offset: 14 });
    expect(refusal("A/60/247 A")).toEqual({ part: "document", offset: 9 });
    expect(refusal("A/RES/S-27/2 A")).toEqual({ part: "document", offset: 13 });
    expect(refusal("E/RES/2019/19 A")).toEqual({ part: "document", offset: 14 });
    expect(refusal("S/RES/2532 A")).toEqual({ part: "document", offset: 11 });
    expect(refusal("A/RES/60/247/Add.1 A")).toEqual({ part: "document", offset: 19 });
    expect(refusal("A/RES/2200 A-C (XXI)")).toMatchObject({ part: "segment" });
    expect(normaliseSymbol("a/res/60/247 a - c", asOf)).toMatchObject({
      ok: true,
      value: { text: "A/RES/60/247 A-C" },
    });
    const parts = parseSymbol("A/RES/60/247 A-C", asOf);
    expect(parts.ok && parts.value).toEqual({
      organ: "A",
      series: [],
      category: "RES",
      period: { kind: "session", session: 60 },
      document: { number: 247 },
      modifiers: [],
      resolutionPart: "A",
      lastResolutionPart: "C",
    });
    if (parts.ok) {
      expect(DocumentSymbol.safeParse(parts.value).success).toBe(true);
      expect(DocumentSymbol.safeParse({ ...parts.value, lastResolutionPart: "A" }).success).toBe(false);
      expect(DocumentSymbol.safeParse({ ...parts.value, resolutionPart: undefined }).success).toBe(false);
      expect(
        DocumentSymbol.safeParse({ ...parts.value, organ: "E", period: { kind: "year", year: 2019 } }).success,
      ).toBe(false);
    }
  });

  it("the Security Council's year belongs to its resolutions alone, and treaty series name their conference", () => {
    expect(refusal("S/2020/123 (2020)")).toEqual({ part: "year", offset: 11 });
    expect(refusal("S/RES/2532 (2031)")).toEqual({ part: "year", offset: 12 });
    expect(refusal("CTOC/2020/10")).toEqual({ part: "series", offset: 5 });
    expect(refusal("CAC/COSP/2005/1")).toEqual({ part: "year", offset: 9 });
  });
});
