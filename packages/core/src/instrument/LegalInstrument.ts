import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { MandateLink } from "../mandate/MandateLink";
import { Provenance } from "../provenance/Provenance";
import { RecordId } from "../record/RecordId";
import { LocalizedText } from "../text/LocalizedText";
import { PartialDate, earliestDay, latestDay } from "../time/PartialDate";
import { Period, periodEnd, periodStart } from "../time/Period";
import { CitedArticle } from "./CitedArticle";
import { PartiesCount } from "./PartiesCount";

/** What kind of legal instrument it is. */
export const InstrumentKind = z.enum([
  "convention",
  "protocol",
  "optional-protocol",
  "framework-decision",
  "directive",
]);
/** What kind of legal instrument it is. */
export type InstrumentKind = z.infer<typeof InstrumentKind>;

/**
 * When an instrument was adopted: a date ("2001-11-08") or, when adoption took more than
 * a day, a period (the Lanzarote Convention, adopted on 25–26 October 2007, 2011 guide ¶28).
 */
export const AdoptionDate = z.union([PartialDate, Period]);
/** When an instrument was adopted: a partial date or a period. */
export type AdoptionDate = z.infer<typeof AdoptionDate>;

/** The first day an adoption date may mean. */
export function adoptionStart(adoptedOn: AdoptionDate): string {
  return typeof adoptedOn === "string" ? earliestDay(adoptedOn) : periodStart(adoptedOn);
}

/** The last day an adoption date may mean. */
export function adoptionEnd(adoptedOn: AdoptionDate): string {
  return typeof adoptedOn === "string" ? latestDay(adoptedOn) : periodEnd(adoptedOn);
}

/**
 * A convention, protocol or similar instrument: its adoption (by a UN mandate, or at an
 * occasion outside the UN, `adoptedAt`), opening for signature, entry into force, parent
 * instrument (for protocols), counts of parties as a dated series, and the articles the
 * documents cite. Every date is optional and as precise as the source.
 * @example
 * LegalInstrument.parse({
 *   id: "untoc",
 *   name: { zh: "联合国打击跨国有组织犯罪公约" },
 *   kind: "convention",
 *   adoptedBy: { reference: "A/RES/55/25" },
 *   enteredIntoForceOn: "2003-09-29",
 *   partiesCounts: [{ asOf: "2011", count: { value: 158, qualifier: "exact" }, measure: "parties", provenance: [] }],
 *   citedArticles: [{ article: "29", paragraph: "1", subparagraph: "h", provenance: [] }],
 *   provenance: [{ source: "document", symbol: "E/CN.15/2011/2", paragraphs: [24] }],
 * })
 */
export const LegalInstrument = z
  .strictObject({
    id: RecordId,
    name: LocalizedText,
    shortName: z.optional(LocalizedText),
    kind: InstrumentKind,
    adoptedBy: z.optional(MandateLink),
    /** Where it was adopted when that is not a UN mandate (a Council of Europe body or conference). */
    adoptedAt: z.optional(LocalizedText),
    adoptedOn: z.optional(AdoptionDate),
    openedForSignatureOn: z.optional(PartialDate),
    enteredIntoForceOn: z.optional(PartialDate),
    parentInstrumentId: z.optional(RecordId),
    partiesCounts: z.array(PartiesCount),
    citedArticles: z.array(CitedArticle),
    provenance: z.array(Provenance),
  })
  .check(
    z.superRefine((instrument, context) => {
      if (instrument.parentInstrumentId === instrument.id) {
        context.addIssue({
          code: "custom",
          path: ["parentInstrumentId"],
          message: `${instrument.id} names itself as its parent instrument: a protocol's parent is the convention it supplements`,
          params: rule("instrument.ownParent", { instrument: instrument.id }),
        });
      }
      const adopted = instrument.adoptedOn === undefined ? undefined : adoptionStart(instrument.adoptedOn);
      const checkAfterAdoption = (field: "openedForSignatureOn" | "enteredIntoForceOn", what: string): void => {
        const date = instrument[field];
        if (adopted !== undefined && date !== undefined && latestDay(date) < adopted) {
          context.addIssue({
            code: "custom",
            path: [field],
            message: `${instrument.id} ${what} on ${date}, before its adoption (${adopted})`,
            params: rule("instrument.beforeAdoption", { instrument: instrument.id, event: field, date, adopted }),
          });
        }
      };
      checkAfterAdoption("openedForSignatureOn", "is opened for signature");
      checkAfterAdoption("enteredIntoForceOn", "enters into force");
      const opened = instrument.openedForSignatureOn;
      const inForce = instrument.enteredIntoForceOn;
      if (opened !== undefined && inForce !== undefined && latestDay(inForce) < earliestDay(opened)) {
        context.addIssue({
          code: "custom",
          path: ["enteredIntoForceOn"],
          message: `${instrument.id} enters into force on ${inForce}, before it opens for signature on ${opened}`,
          params: rule("instrument.forceBeforeSignature", { instrument: instrument.id, inForce, opened }),
        });
      }
      const seen = new Set<string>();
      instrument.partiesCounts.forEach((entry, index) => {
        const key = `${entry.measure} ${entry.asOf}`;
        if (seen.has(key)) {
          context.addIssue({
            code: "custom",
            path: ["partiesCounts", index],
            message: `${instrument.id} has two counts of ${entry.measure} as of ${entry.asOf}: keep one, or date them more precisely`,
            params: rule("instrument.countTwice", {
              instrument: instrument.id,
              measure: entry.measure,
              asOf: entry.asOf,
            }),
          });
        }
        seen.add(key);
      });
    }),
  );
/** A convention, protocol or similar instrument with its dates and counts of parties. */
export type LegalInstrument = z.infer<typeof LegalInstrument>;
