import fc from "fast-check";
import type { CitedArticle } from "../../instrument/CitedArticle";
import { InstrumentKind, type AdoptionDate, type LegalInstrument } from "../../instrument/LegalInstrument";
import { PartiesMeasure, type PartiesCount } from "../../instrument/PartiesCount";
import type { Quantity } from "../../metric";
import type { PartialDate } from "../../time/PartialDate";
import { arbitraryDocumentProvenance, arbitraryLocalizedText, arbitraryMandateReference } from "./mandate";

const DAY = 86_400_000;

/** A day as "YYYY-MM-DD" from a day count since 1950-01-01. */
function dayOf(offset: number): string {
  return new Date(Date.UTC(1950, 0, 1) + offset * DAY).toISOString().slice(0, 10);
}

/** The day, or only its month or year: coarsening widens a date, so order checks still hold. */
const coarsened = (day: string): fc.Arbitrary<PartialDate> => fc.constantFrom(day, day.slice(0, 7), day.slice(0, 4));

const arbitraryCount: fc.Arbitrary<Quantity> = fc
  .record({
    value: fc.integer({ min: 0, max: 200 }),
    qualifier: fc.constantFrom("exact" as const, "atLeast" as const, "approximately" as const),
  })
  .map(({ value, qualifier }) => ({ value, qualifier }));

/** A count of parties, ratifications or signatories as of a partial date. */
export const arbitraryPartiesCount: fc.Arbitrary<PartiesCount> = fc.record({
  asOf: fc.integer({ min: 0, max: 30_000 }).chain((offset) => coarsened(dayOf(offset))),
  count: arbitraryCount,
  measure: fc.constantFrom(...PartiesMeasure.options),
  provenance: fc.array(arbitraryDocumentProvenance, { maxLength: 1 }),
});

/** A cited article, with or without paragraph and subparagraph ("29", "1", "h"). */
export const arbitraryCitedArticle: fc.Arbitrary<CitedArticle> = fc.record(
  {
    article: fc.integer({ min: 1, max: 60 }).map(String),
    paragraph: fc.integer({ min: 1, max: 9 }).map(String),
    subparagraph: fc.constantFrom("a", "b", "c", "h"),
    subject: arbitraryLocalizedText,
    provenance: fc.array(arbitraryDocumentProvenance, { maxLength: 1 }),
  },
  { requiredKeys: ["article", "provenance"] },
);

/**
 * A valid legal instrument: adoption, opening for signature and entry into force in that
 * order (each possibly known only to the month or year), at most one count per measure and
 * date, and a parent that is not itself.
 */
export const arbitraryLegalInstrument: fc.Arbitrary<LegalInstrument> = fc
  .record({
    id: fc.stringMatching(/^[a-z][a-z0-9-]{0,16}$/),
    adopted: fc.integer({ min: 0, max: 25_000 }),
    toOpening: fc.integer({ min: 0, max: 400 }),
    toForce: fc.integer({ min: 0, max: 2_000 }),
    adoptionDays: fc.integer({ min: 1, max: 3 }),
    parts: fc.record(
      {
        shortName: arbitraryLocalizedText,
        adoptedBy: arbitraryMandateReference.map((reference) => ({ reference })),
        adoptedAt: arbitraryLocalizedText,
        adoptedOn: fc.constant(true),
        openedForSignatureOn: fc.constant(true),
        enteredIntoForceOn: fc.constant(true),
        parentInstrumentId: fc.stringMatching(/^[a-z][a-z0-9-]{0,16}$/).map((id) => `parent-${id}`),
      },
      { requiredKeys: [] },
    ),
    coarse: fc.tuple(fc.nat(2), fc.nat(2), fc.nat(2)),
    name: arbitraryLocalizedText,
    kind: fc.constantFrom(...InstrumentKind.options),
    partiesCounts: fc.uniqueArray(arbitraryPartiesCount, {
      maxLength: 4,
      selector: (entry) => `${entry.measure} ${entry.asOf}`,
    }),
    citedArticles: fc.array(arbitraryCitedArticle, { maxLength: 3 }),
    provenance: fc.array(arbitraryDocumentProvenance, { maxLength: 2 }),
  })
  .map((draft) => {
    const coarsen = (day: string, level: number): PartialDate =>
      level === 0 ? day : level === 1 ? day.slice(0, 7) : day.slice(0, 4);
    const adoptionStart = dayOf(draft.adopted);
    const adoptedOn: AdoptionDate =
      draft.adoptionDays === 1
        ? coarsen(adoptionStart, draft.coarse[0])
        : { start: adoptionStart, end: dayOf(draft.adopted + draft.adoptionDays - 1) };
    const opened = draft.adopted + draft.toOpening;
    const inForce = opened + draft.toForce;
    const { parts } = draft;
    return {
      id: `instrument-${draft.id}`,
      name: draft.name,
      ...(parts.shortName === undefined ? {} : { shortName: parts.shortName }),
      kind: draft.kind,
      ...(parts.adoptedBy === undefined ? {} : { adoptedBy: parts.adoptedBy }),
      ...(parts.adoptedAt === undefined ? {} : { adoptedAt: parts.adoptedAt }),
      ...(parts.adoptedOn === undefined ? {} : { adoptedOn }),
      ...(parts.openedForSignatureOn === undefined
        ? {}
        : { openedForSignatureOn: coarsen(dayOf(opened), draft.coarse[1]) }),
      ...(parts.enteredIntoForceOn === undefined
        ? {}
        : { enteredIntoForceOn: coarsen(dayOf(inForce), draft.coarse[2]) }),
      ...(parts.parentInstrumentId === undefined ? {} : { parentInstrumentId: parts.parentInstrumentId }),
      partiesCounts: draft.partiesCounts,
      citedArticles: draft.citedArticles,
      provenance: draft.provenance,
    };
  });
