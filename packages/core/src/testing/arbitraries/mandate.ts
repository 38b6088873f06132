import fc from "fast-check";
import { LineageRelation, type LineageEdge } from "../../mandate/LineageEdge";
import { MandateAction, SELF_EXECUTING_ACTIONS } from "../../mandate/MandateAction";
import { AddresseeKind, type Addressee } from "../../mandate/Addressee";
import type { Mandate } from "../../mandate/Mandate";
import type { MandateLink } from "../../mandate/MandateLink";
import type { OperativeProvision } from "../../mandate/OperativeProvision";
import type { ReportDeferral, ReportingObligation } from "../../mandate/ReportingObligation";
import type { DocumentProvenance } from "../../provenance/Provenance";
import { LANGUAGES } from "../../text/Language";
import type { LocalizedText } from "../../text/LocalizedText";
import type { PartialDate } from "../../time/PartialDate";

/** A localized text in one to six languages, none empty. */
export const arbitraryLocalizedText: fc.Arbitrary<LocalizedText> = fc
  .subarray([...LANGUAGES], { minLength: 1 })
  .chain((languages) =>
    fc.tuple(
      ...languages.map((language) =>
        fc.string({ minLength: 1, maxLength: 12 }).map((text) => [language, text] as const),
      ),
    ),
  )
  .map((entries) => Object.fromEntries(entries) as LocalizedText);

/** A date known to the year, the month or the day (days 1–28, valid in every month). */
export const arbitraryPartialDate: fc.Arbitrary<PartialDate> = fc
  .tuple(
    fc.integer({ min: 1945, max: 2040 }),
    fc.option(fc.integer({ min: 1, max: 12 })),
    fc.option(fc.integer({ min: 1, max: 28 })),
  )
  .map(([year, month, day]) => {
    if (month === null) return String(year);
    const yearMonth = `${year}-${String(month).padStart(2, "0")}`;
    return day === null ? yearMonth : `${yearMonth}-${String(day).padStart(2, "0")}`;
  });

/**
 * A citation of paragraphs (and sometimes footnotes) of a document the seeds cite: by full
 * symbol, by the 2021 report's partial symbol, or by a decision's citation.
 */
export const arbitraryDocumentProvenance: fc.Arbitrary<DocumentProvenance> = fc.record(
  {
    source: fc.constant("document" as const),
    symbol: fc.constantFrom(
      "E/CN.15/2011/2",
      "A/RES/74/173",
      "UNODC/CCPCJ/EG.4/2020/2",
      "E/CN.15/2021/\u2026",
      "GA decision 74/567",
    ),
    paragraphs: fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 3 }),
    footnotes: fc.uniqueArray(fc.oneof(fc.integer({ min: 1, max: 9 }), fc.constant("*" as const)), {
      minLength: 1,
      maxLength: 2,
    }),
  },
  { requiredKeys: ["source", "symbol", "paragraphs"] },
);

const arbitraryRecordId: fc.Arbitrary<string> = fc.stringMatching(/^[a-z][a-z0-9-]{0,16}$/);
// GA sessions from the 31st, when resolution symbols took the form A/RES/31/1, to the 75th.
const arbitrarySession = fc.integer({ min: 31, max: 75 });
const arbitraryBodyId = fc.constantFrom("ga", "ecosoc", "ccpcj", "crime-congress", "eg-cybercrime", "ahc-cybercrime");

/**
 * A symbol or citation of a resolution or decision: "A/RES/74/173", "GA decision 74/567",
 * "CCPCJ resolution 22/8", "ECOSOC decision 2010/243".
 */
export const arbitraryMandateReference: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(arbitrarySession, fc.integer({ min: 1, max: 400 })).map(([session, number]) => `A/RES/${session}/${number}`),
  fc
    .tuple(arbitrarySession, fc.integer({ min: 1, max: 700 }))
    .map(([session, number]) => `GA decision ${session}/${number}`),
  fc
    .tuple(fc.integer({ min: 1, max: 35 }), fc.integer({ min: 1, max: 12 }))
    .map(([session, number]) => `CCPCJ resolution ${session}/${number}`),
  fc
    .tuple(fc.integer({ min: 1990, max: 2020 }), fc.integer({ min: 1, max: 300 }))
    .map(([year, number]) => `ECOSOC decision ${year}/${number}`),
);

const arbitraryAddressee: fc.Arbitrary<Addressee> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...AddresseeKind.options) },
  { weight: 1, arbitrary: arbitraryLocalizedText.map((other) => ({ other })) },
);

/**
 * An operative provision with up to three addressees: none only for an action the adopting
 * body performs itself (establish, decide, …), one or more otherwise.
 */
export const arbitraryOperativeProvision: fc.Arbitrary<OperativeProvision> = fc
  .record(
    {
      paragraph: fc.integer({ min: 1, max: 40 }),
      addressees: fc.array(arbitraryAddressee, { maxLength: 3 }),
      action: fc.constantFrom(...MandateAction.options),
      ask: arbitraryLocalizedText,
      dueSessionRef: fc.record({ bodyId: arbitraryBodyId, sessionNumber: arbitrarySession }),
      provenance: fc.array(arbitraryDocumentProvenance, { maxLength: 2 }),
      fallback: arbitraryAddressee,
    },
    { requiredKeys: ["addressees", "action", "ask", "provenance", "fallback"] },
  )
  .map(({ fallback, ...provision }) =>
    provision.addressees.length === 0 && !SELF_EXECUTING_ACTIONS.has(provision.action)
      ? { ...provision, addressees: [fallback] }
      : provision,
  );

/**
 * A reporting obligation whose deferrals form a chain from the session first asked for,
 * with a status that agrees with them (`deferred` only after a deferral, `submittedAs`
 * only when submitted).
 */
export const arbitraryReportingObligation = (
  id: fc.Arbitrary<string> = arbitraryRecordId,
): fc.Arbitrary<ReportingObligation> =>
  fc
    .record({
      id,
      bodyId: arbitraryBodyId,
      first: arbitrarySession,
      steps: fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 3 }),
      reason: arbitraryLocalizedText,
      subject: fc.option(arbitraryLocalizedText, { nil: undefined }),
      submitted: fc.boolean(),
      submittedAs: fc.option(
        fc.oneof(
          fc.integer({ min: 1, max: 30 }).map((number) => `E/CN.15/2021/${number}`),
          fc.constant("E/CN.15/2021/\u2026"),
        ),
        { nil: undefined },
      ),
      provenance: fc.array(arbitraryDocumentProvenance, { maxLength: 2 }),
    })
    .map((draft) => {
      let from = draft.first;
      const deferrals: ReportDeferral[] = draft.steps.map((step) => {
        const deferral = { fromSession: from, toSession: from + step, reason: draft.reason, provenance: [] };
        from += step;
        return deferral;
      });
      const status = draft.submitted ? "submitted" : deferrals.length > 0 ? "deferred" : "pending";
      return {
        id: draft.id,
        reportTo: { bodyId: draft.bodyId, sessionNumber: draft.first },
        ...(draft.subject === undefined ? {} : { subject: draft.subject }),
        deferrals,
        status,
        ...(draft.submitted && draft.submittedAs !== undefined ? { submittedAs: draft.submittedAs } : {}),
        provenance: draft.provenance,
      };
    });

/** The legal instruments arbitrary mandates cite, and filters ask for. */
export const CITED_INSTRUMENT_IDS = ["untoc", "uncac", "cybercrime-convention"] as const;

const arbitraryMandateFields = fc
  .record(
    {
      kind: fc.constantFrom("resolution" as const, "decision" as const, "declaration" as const),
      adoptingBodyId: arbitraryBodyId,
      adoptedOn: arbitraryPartialDate,
      title: arbitraryLocalizedText,
      provisions: fc.array(arbitraryOperativeProvision, { maxLength: 3 }),
      reportingObligations: fc.uniqueArray(arbitraryReportingObligation(), {
        maxLength: 2,
        selector: (obligation) => obligation.id,
      }),
      status: fc.constantFrom("active" as const, "superseded" as const, "completed" as const),
      instrumentIds: fc.uniqueArray(fc.constantFrom(...CITED_INSTRUMENT_IDS), { minLength: 1, maxLength: 2 }),
      provenance: fc.array(arbitraryDocumentProvenance, { maxLength: 2 }),
      fallbackBodyId: arbitraryBodyId,
    },
    { requiredKeys: ["kind", "provisions", "reportingObligations", "provenance", "fallbackBodyId"] },
  )
  .map(({ fallbackBodyId, ...fields }) =>
    // A resolution or decision always names its adopter; a declaration may not, and any status may be unstated.
    fields.kind !== "declaration" && fields.adoptingBodyId === undefined
      ? { ...fields, adoptingBodyId: fallbackBodyId }
      : fields,
  );

const arbitraryRelation = fc.constantFrom(...LineageRelation.options);

/**
 * A valid mandate: a resolution or decision always has a symbol, obligation ids are
 * unique, and its lineage points only to other mandates (by an id or a reference that is
 * not its own), so it never reaffirms itself.
 */
export const arbitraryMandate: fc.Arbitrary<Mandate> = fc
  .record({
    id: arbitraryRecordId.map((id) => `m-${id}`),
    session: arbitrarySession,
    fields: arbitraryMandateFields,
    withSymbol: fc.boolean(),
    lineage: fc.array(
      fc.record({
        relation: arbitraryRelation,
        target: fc.oneof(
          arbitraryRecordId.map((mandateId): MandateLink => ({ mandateId: `t-${mandateId}` })),
          arbitraryMandateReference.map((reference): MandateLink => ({ reference })),
        ),
        provenance: fc.array(arbitraryDocumentProvenance, { maxLength: 1 }),
      }),
      { maxLength: 3 },
    ),
  })
  .map(({ id, session, fields, withSymbol, lineage }) => {
    // The own symbol uses a number no generated reference uses, so no edge points home.
    const symbol = `A/RES/${session}/${1000 + session}`;
    const hasSymbol = fields.kind !== "declaration" || withSymbol;
    return { id, ...(hasSymbol ? { symbol } : {}), ...fields, lineage };
  });

/**
 * A set of valid mandates with unique ids and symbols whose lineage has no cycle: each
 * mandate points only to mandates generated before it, by id or by symbol.
 */
export const arbitraryMandateSet = (options: { readonly maxLength?: number } = {}): fc.Arbitrary<Mandate[]> =>
  fc
    .array(
      fc.record({
        fields: arbitraryMandateFields,
        edges: fc.array(
          fc.record({
            relation: arbitraryRelation,
            pick: fc.nat(),
            bySymbol: fc.boolean(),
            provenance: fc.array(arbitraryDocumentProvenance, { maxLength: 1 }),
          }),
          { maxLength: 3 },
        ),
      }),
      { maxLength: options.maxLength ?? 12 },
    )
    .map((drafts) =>
      drafts.map(({ fields, edges }, index): Mandate => {
        const symbol = `A/RES/${50 + (index % 20)}/${index + 1}`;
        const lineage: LineageEdge[] =
          index === 0
            ? []
            : edges.map(({ relation, pick, bySymbol, provenance }) => {
                const target = pick % index;
                const link: MandateLink = bySymbol
                  ? { reference: `A/RES/${50 + (target % 20)}/${target + 1}` }
                  : { mandateId: `mandate-${target}` };
                return { relation, target: link, provenance };
              });
        return { id: `mandate-${index}`, symbol, ...fields, lineage };
      }),
    );
