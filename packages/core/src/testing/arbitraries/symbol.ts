import fc from "fast-check";
import {
  laterPartResolutionParts,
  laterPartResolutionText,
  romanResolutionParts,
  romanResolutionText,
} from "./historicalSymbol";
import { anyTreatySymbolBody, jointGeneralCommentText, trusteeshipSymbolBody } from "./treatySymbol";
import type {
  Citation,
  DocumentSymbol,
  PartialDocumentSymbol,
  SeriesComponent,
  SymbolModifier,
  SymbolPeriod,
} from "../../symbol";
import {
  CitationKind,
  DocumentType,
  ModifierType,
  ORGAN_RULES,
  Organ,
  SubsidiaryBodyCode,
  SymbolCategory,
} from "../../symbol";

// Ranges valid at any reference date from 2021-06-01 on: General Assembly sessions 31 (the
// first written into symbols) to 75; years from the organ's first symbol year to 2020.
const LAST_SESSION = 75;
const LAST_YEAR = 2020;
const firstYear = (organ: Organ): number => ORGAN_RULES[organ].firstPeriod;
/** The series a treaty's special series must continue with (`COP` after `CTOC`), as text. */
const requiredSeries = (organ: Organ): string[] => {
  const required = ORGAN_RULES[organ].requiredSeries;
  return required === undefined ? [] : [required.name];
};

const GRAMMAR_WORDS = new Set(
  [
    ...SubsidiaryBodyCode.options.filter((code) => code !== "PC"),
    ...SymbolCategory.options,
    ...DocumentType.options,
    ...ModifierType.options,
  ].map((word) => word.toUpperCase()),
);
const SLASHED = new Set<string>(["INF", "NGO", "PET"]);

const smallNumber = fc.integer({ min: 1, max: 999 });
/** The organs whose symbols follow the common grammar (category, session or year, document). */
const STANDARD_ORGANS = Organ.options.filter((organ) => ORGAN_RULES[organ].form === "standard");
// HRC numbers the session of the Human Rights Council, not of its organ: its generators are its own.
const seriesName = fc.stringMatching(/^[A-Z]{1,6}$/).filter((name) => !GRAMMAR_WORDS.has(name) && name !== "HRC");

function periodText(organ: Organ): fc.Arbitrary<string> {
  return organ === "A"
    ? fc.integer({ min: 31, max: LAST_SESSION }).map(String)
    : fc.integer({ min: firstYear(organ), max: LAST_YEAR }).map(String);
}

// C.12 after E is the Committee on Economic, Social and Cultural Rights, whose own forms follow
// (see treatySymbol.ts): the common grammar's generators leave it out.
const bodyText = fc
  .tuple(fc.constantFrom(...SubsidiaryBodyCode.options), smallNumber)
  .filter(([code, n]) => !(code === "C" && n === 12))
  .map(([code, n]) => `${code}.${n}`);
const documentText = fc.oneof(
  smallNumber.map(String),
  fc
    .tuple(fc.constantFrom(...DocumentType.options), smallNumber)
    .map(([type, n]) => (SLASHED.has(type) ? `${type}/${n}` : `${type}.${n}`)),
);
// Modifier sequences in an order the grammar allows (see symbol/ModifierOrder.ts).
const MODIFIER_CHAINS: readonly (readonly ModifierType[])[] = [
  [],
  ["Add"],
  ["Rev"],
  ["Corr"],
  ["Amend"],
  ["Summary"],
  ["Add", "Corr"],
  ["Add", "Rev"],
  ["Rev", "Add"],
  ["Rev", "Add", "Corr"],
  ["Rev", "Amend", "Corr"],
  ["Rev", "Summary"],
];
const arbitraryModifiers: fc.Arbitrary<SymbolModifier[]> = fc
  .constantFrom(...MODIFIER_CHAINS)
  .chain((chain) =>
    fc.tuple(
      ...chain.map((type): fc.Arbitrary<SymbolModifier> =>
        type === "Summary"
          ? fc.constant({ type: "Summary" as const })
          : fc.integer({ min: 1, max: 9 }).map((number) => ({ type, number })),
      ),
    ),
  );
const modifierTexts = arbitraryModifiers.map((modifiers) =>
  modifiers.map((modifier) => (modifier.type === "Summary" ? "Summary" : `${modifier.type}.${modifier.number}`)),
);
const withModifierTexts = (body: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(body, modifierTexts).map(([text, modifiers]) => [text, ...modifiers].join("/"));

/**
 * A valid document symbol in normalised text form, of every shape the grammar knows:
 * organ, then up to three series components (`CN.15`, `CCPCJ`), an optional category
 * (`RES`, `PRST`), an optional session or year, the document (`173`, `L.5`, `INF/1`) and up
 * to three modifiers (`Add.1`, `Rev.2`, `Summary`); the treaty bodies' own forms (with the
 * regions' codes, `CCPR/C/CHN-HKG/CO/4`), their joint general comments
 * (`CEDAW/C/GC/31-CRC/C/GC/18`), resolutions with their session in Roman numerals
 * (`A/RES/2200 A (XXI)`, `A/RES/3362 (S-VII)`, `A/RES/186 (S-2)`, `E/RES/1296 (XLIV)`,
 * `T/RES/2200 (LXI)`), later General Assembly resolutions adopted in parts (`A/RES/72/255 A`,
 * `A/RES/60/247 A-C`),
 * Security Council resolutions with their year (`S/RES/2532 (2020)`) and reissue marks
 * (`A/74/123*`). Built from strings, independently of `formatSymbol`, so round-trip tests
 * check the parser against the grammar.
 * @example "E/CN.15/2021/L.5/Rev.1", "A/RES/74/173", "UNODC/CCPCJ/EG.4/2020/2"
 */
export const arbitraryDocumentSymbol: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...STANDARD_ORGANS).chain((organ) => standardSymbolText(organ)) },
      { weight: 1, arbitrary: withModifierTexts(trusteeshipSymbolBody) },
      { weight: 3, arbitrary: withModifierTexts(anyTreatySymbolBody) },
      { weight: 1, arbitrary: jointGeneralCommentText },
      { weight: 2, arbitrary: romanResolutionText },
      { weight: 1, arbitrary: laterPartResolutionText },
      {
        weight: 1,
        arbitrary: fc
          .tuple(smallNumber, fc.integer({ min: 1946, max: LAST_YEAR }))
          .map(([n, year]) => `S/RES/${n} (${year})`),
      },
    ),
    fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined, freq: 8 }),
  )
  .map(([text, reissue]) => (reissue === undefined ? text : `${text}${"*".repeat(reissue)}`));

function standardSymbolText(organ: Organ): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(fc.oneof(bodyText, seriesName), { maxLength: 3 }),
      fc.option(fc.constantFrom(...SymbolCategory.options), { nil: undefined }),
      fc.option(periodText(organ), { nil: undefined }),
      documentText,
      modifierTexts,
    )
    .map(([series, category, period, document, modifiers]) =>
      [
        organ,
        ...requiredSeries(organ),
        ...series,
        ...(category === undefined ? [] : [category]),
        ...(period === undefined ? [] : [period]),
        document,
        ...modifiers,
      ].join("/"),
    );
}

const arbitrarySeriesComponent: fc.Arbitrary<SeriesComponent> = fc.oneof(
  fc
    .record({
      kind: fc.constant("body" as const),
      code: fc.constantFrom(...SubsidiaryBodyCode.options),
      number: smallNumber,
    })
    .filter((body) => !(body.code === "C" && body.number === 12)),
  fc.record({ kind: fc.constant("series" as const), name: seriesName }),
);

const requiredSeriesParts = (organ: Organ): SeriesComponent[] =>
  requiredSeries(organ).map((name) => ({ kind: "series", name }));

function arbitraryPeriod(organ: Organ): fc.Arbitrary<SymbolPeriod> {
  return organ === "A"
    ? fc.integer({ min: 31, max: LAST_SESSION }).map((session) => ({ kind: "session" as const, session }))
    : fc.integer({ min: firstYear(organ), max: LAST_YEAR }).map((year) => ({ kind: "year" as const, year }));
}

/**
 * A valid symbol as parts ({@link DocumentSymbol}): the common grammar's shapes of
 * {@link arbitraryDocumentSymbol} and resolutions with their session in Roman numerals;
 * `parseSymbol(formatSymbol(parts))` gives them back.
 */
export const arbitraryDocumentSymbolParts: fc.Arbitrary<DocumentSymbol> = fc.oneof(
  { weight: 6, arbitrary: standardSymbolParts() },
  { weight: 1, arbitrary: romanResolutionParts },
  { weight: 1, arbitrary: laterPartResolutionParts },
);

function standardSymbolParts(): fc.Arbitrary<DocumentSymbol> {
  return fc.constantFrom(...STANDARD_ORGANS).chain((organ) =>
    fc
      .record({
        series: fc.array(arbitrarySeriesComponent, { maxLength: 3 }),
        category: fc.option(fc.constantFrom(...SymbolCategory.options), { nil: undefined }),
        period: fc.option(arbitraryPeriod(organ), { nil: undefined }),
        type: fc.option(fc.constantFrom(...DocumentType.options), { nil: undefined }),
        number: smallNumber,
        modifiers: arbitraryModifiers,
        reissue: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined, freq: 4 }),
      })
      .map(({ series, category, period, type, number, modifiers, reissue }) => ({
        organ,
        series: [...requiredSeriesParts(organ), ...series],
        ...(category === undefined ? {} : { category }),
        ...(period === undefined ? {} : { period }),
        document: type === undefined ? { number } : { type, number },
        modifiers,
        ...(reissue === undefined ? {} : { reissue }),
      })),
  );
}

/**
 * A valid partial symbol in normalised text form: organ, series, optional category, the
 * session or year, then "…" for the unknown document number ("E/CN.15/2021/…", "A/RES/75/…").
 * Built from strings, independently of `formatPartialSymbol`.
 */
export const arbitraryPartialSymbol: fc.Arbitrary<string> = fc
  .constantFrom(...STANDARD_ORGANS)
  .chain((organ) =>
    fc
      .tuple(
        fc.array(fc.oneof(bodyText, seriesName), { maxLength: 3 }),
        fc.option(fc.constantFrom(...SymbolCategory.options), { nil: undefined }),
        periodText(organ),
      )
      .map(([series, category, period]) =>
        [
          organ,
          ...requiredSeries(organ),
          ...series,
          ...(category === undefined ? [] : [category]),
          period,
          "\u2026",
        ].join("/"),
      ),
  );

/** A valid partial symbol as parts ({@link PartialDocumentSymbol}); `parsePartialSymbol(formatPartialSymbol(parts))` gives them back. */
export const arbitraryPartialSymbolParts: fc.Arbitrary<PartialDocumentSymbol> = fc
  .constantFrom(...STANDARD_ORGANS)
  .chain((organ) =>
    fc
      .record({
        series: fc.array(arbitrarySeriesComponent, { maxLength: 3 }),
        category: fc.option(fc.constantFrom(...SymbolCategory.options), { nil: undefined }),
        period: arbitraryPeriod(organ),
      })
      .map(({ series, category, period }) => ({
        organ,
        series: [...requiredSeriesParts(organ), ...series],
        ...(category === undefined ? {} : { category }),
        period,
      })),
  );

/** A resolution symbol of the General Assembly or ECOSOC: `A/RES/74/173`, `E/RES/2019/19`. */
export const arbitraryResolutionSymbol: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.integer({ min: 31, max: LAST_SESSION }), smallNumber).map(([session, n]) => `A/RES/${session}/${n}`),
  fc.tuple(fc.integer({ min: 1978, max: LAST_YEAR }), smallNumber).map(([year, n]) => `E/RES/${year}/${n}`),
);

/** A symbol prefix, the organ and series components a body's symbols share: `E/CN.15`. */
export const arbitrarySymbolPrefix: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...STANDARD_ORGANS), fc.array(arbitrarySeriesComponent, { maxLength: 2 }))
  .map(([organ, series]) =>
    [
      organ,
      ...requiredSeries(organ),
      ...series.map((c) => (c.kind === "body" ? `${c.code}.${c.number}` : c.kind === "series" ? c.name : "C")),
    ].join("/"),
  );

/** A valid citation: GA and CCPCJ by session, ECOSOC by year, resolution or decision. */
export const arbitraryCitation: fc.Arbitrary<Citation> = fc.oneof(
  fc.record({
    bodyId: fc.constant("ga" as const),
    kind: fc.constantFrom(...CitationKind.options),
    session: fc.integer({ min: 31, max: LAST_SESSION }),
    number: smallNumber,
  }),
  fc.record({
    bodyId: fc.constant("ccpcj" as const),
    kind: fc.constantFrom(...CitationKind.options),
    session: fc.integer({ min: 1, max: 40 }),
    number: smallNumber,
  }),
  fc.record({
    bodyId: fc.constant("ecosoc" as const),
    kind: fc.constantFrom(...CitationKind.options),
    year: fc.integer({ min: 1978, max: LAST_YEAR }),
    number: smallNumber,
  }),
);
