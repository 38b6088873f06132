import * as z from "zod";
import { Country, RegionalGroup } from "../geo";
import { PartialDate } from "../time/PartialDate";

/**
 * Who nominated a panellist: a Member State (ISO 3166-1 alpha-3) or one of the five regional
 * groups. Decision 18/1 (a) urges both to nominate.
 */
export const Nominator = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("member-state"), country: Country }).strict(),
  z.object({ kind: z.literal("regional-group"), regionalGroup: RegionalGroup }).strict(),
]);
/** Who nominated a panellist. */
export type Nominator = z.infer<typeof Nominator>;

/** A nomination of a panellist, with the nominee and the date when known. */
export const Nomination = z
  .object({
    nominatedBy: Nominator,
    nominee: z.string().min(1).optional(),
    on: PartialDate.optional(),
  })
  .strict();
/** A nomination of a panellist. */
export type Nomination = z.infer<typeof Nomination>;

/** One of the podium seats allotted to a regional group, with its panellist when known. */
export const PodiumSeat = z
  .object({
    regionalGroup: RegionalGroup,
    panellist: z.string().min(1).optional(),
  })
  .strict();
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
export const IndependentExpert = z
  .object({
    name: z.string().min(1).optional(),
    affiliation: z.string().min(1).optional(),
    sector: ExpertSector,
    regionalGroup: RegionalGroup.optional(),
  })
  .strict();
/** An independent expert invited to a thematic discussion. */
export type IndependentExpert = z.infer<typeof IndependentExpert>;

/**
 * The panel of a thematic discussion under decision 18/1 (a)–(b): nominations, the election
 * date, the podium seats of the regional groups and invited independent experts. Empty lists
 * mean "not recorded", which the decision 18/1 checker reports as unknown, not as a violation.
 */
export const Panel = z
  .object({
    nominations: z.array(Nomination),
    electedOn: PartialDate.optional(),
    podiumSeats: z.array(PodiumSeat),
    independentExperts: z.array(IndependentExpert),
  })
  .strict();
/** The panel of a thematic discussion. */
export type Panel = z.infer<typeof Panel>;

/** A panel with nothing recorded. */
export const EMPTY_PANEL: Panel = { nominations: [], podiumSeats: [], independentExperts: [] };
