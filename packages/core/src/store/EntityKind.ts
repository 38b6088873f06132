import * as z from "zod/mini";
import { Body } from "../body";
import { Session } from "../session";
import { ThematicDiscussion } from "../discussion";
import { Mandate } from "../mandate";
import { LegalInstrument } from "../instrument";
import { Activity } from "../activity";
import { Indicator, Observation } from "../metric";

/** Every kind of record a Store keeps. */
export const ENTITY_KINDS = [
  "body",
  "session",
  "thematicDiscussion",
  "mandate",
  "instrument",
  "activity",
  "indicator",
  "observation",
] as const;

/** A kind of stored record. */
export const EntityKind = z.enum(ENTITY_KINDS);
/** A kind of stored record. */
export type EntityKind = z.infer<typeof EntityKind>;

/** The schema each kind of record is validated with before it is stored. */
export const ENTITY_SCHEMAS = {
  body: Body,
  session: Session,
  thematicDiscussion: ThematicDiscussion,
  mandate: Mandate,
  instrument: LegalInstrument,
  activity: Activity,
  indicator: Indicator,
  observation: Observation,
} as const;

/** The record type of a kind: `EntityOf<"mandate">` is `Mandate`. */
export type EntityOf<K extends EntityKind> = z.infer<(typeof ENTITY_SCHEMAS)[K]>;

/** Any stored record together with its kind. */
export type AnyEntity = { [K in EntityKind]: { readonly kind: K; readonly record: EntityOf<K> } }[EntityKind];
