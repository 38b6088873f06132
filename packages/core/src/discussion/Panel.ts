import * as z from "zod/mini";
import { Country, RegionalGroup } from "../geo";
import { PartialDate } from "../time/PartialDate";

/**
 * Who nominated a panellist: a Member State (ISO 3166-1 alpha-3) or one of the five regional
 * groups. Decision 18/1 (a) urges both to nominate.
 */
export const Nominator = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("member-state"), country: Country }),
  z.strictObject({ kind: z.literal("regional-group"), regionalGroup: RegionalGroup }),
]);
/** Who nominated a panellist. */
export type Nominator = z.infer<typeof Nominator>;

/** A nomination of a panellist, with the nominee and the date when known. */
export const Nomination = z.strictObject({
  nominatedBy: Nominator,
  nominee: z.optional(z.string().check(z.minLength(1))),
  on: z.optional(PartialDate),
});
/** A nomination of a panellist. */
export type Nomination = z.infer<typeof Nomination>;

/** One of the podium seats allotted to a regional group, with its panellist when known. */
export const PodiumSeat = z.strictObject({
  regionalGroup: RegionalGroup,
  panellist: z.optional(z.string().check(z.minLength(1))),
});
/** A podium seat allotted to a regional group. */
export type PodiumSeat = z.infer<typeof PodiumSeat>;

/**
 * Where an independent expert comes from. Decision 18/1 (b) names private-sector
 * representatives and academics; anyone else is "other".
 */
export const ExpertSector = z.enum(["private-sector", "academia", "other"]);
/** Where an independent expert comes from. */
export type ExpertSector = z.infer<typeof ExpertSector>;

/**
 * An independent expert invited to the discussion. `regionalGroup` is what the regional
 * balance check reads; without it, balance cannot be judged.
 */
export const IndependentExpert = z.strictObject({
  name: z.optional(z.string().check(z.minLength(1))),
  affiliation: z.optional(z.string().check(z.minLength(1))),
  sector: ExpertSector,
  regionalGroup: z.optional(RegionalGroup),
});
/** An independent expert invited to a thematic discussion. */
export type IndependentExpert = z.infer<typeof IndependentExpert>;

/**
 * The panel of a thematic discussion under decision 18/1 (a)–(b): nominations, the election
 * date, the podium seats of the regional groups and invited independent experts. Empty lists
 * mean "not recorded", which the decision 18/1 checker reports as unknown, not as a violation.
 */
export const Panel = z.strictObject({
  nominations: z.array(Nomination),
  electedOn: z.optional(PartialDate),
  podiumSeats: z.array(PodiumSeat),
  independentExperts: z.array(IndependentExpert),
});
/** The panel of a thematic discussion. */
export type Panel = z.infer<typeof Panel>;

/** A panel with nothing recorded. */
export const EMPTY_PANEL: Panel = { nominations: [], podiumSeats: [], independentExperts: [] };
