import { everyPage, type Body, type Mandate } from "@remit/core";
import { api, valueOf } from "./Api";

/** The bodies of the records by id, to name who adopted a mandate or receives a report. */
export type BodiesById = ReadonlyMap<string, Body>;

async function loadBodies(): Promise<BodiesById> {
  const bodies = await everyPage((cursor) => valueOf(api.listBodies({ query: { limit: 1000, cursor } })));
  return new Map(bodies.map((item) => [item.record.id, item.record]));
}

/** Every mandate of the records, oldest first where the date is known, with the bodies that adopted them. */
export async function loadMandates(): Promise<{ readonly mandates: readonly Mandate[]; readonly bodies: BodiesById }> {
  const [mandates, bodies] = await Promise.all([
    everyPage((cursor) => valueOf(api.listMandates({ query: { limit: 1000, cursor } }))),
    loadBodies(),
  ]);
  return { mandates: mandates.map((item) => item.record), bodies };
}

/** One mandate: its record, its lineage both ways (as the API draws it), and the bodies and mandates to name. */
export async function loadMandate(id: string) {
  const [stored, ancestors, descendants, bodies, mandates] = await Promise.all([
    valueOf(api.getMandate({ params: { id } })),
    valueOf(api.getMandateLineage({ params: { id }, query: { direction: "ancestors" } })),
    valueOf(api.getMandateLineage({ params: { id }, query: { direction: "descendants" } })),
    loadBodies(),
    // The lineage names a declaration by its English title: its own record gives it in every language it has.
    everyPage((cursor) => valueOf(api.listMandates({ query: { limit: 1000, cursor } }))),
  ]);
  const byId = new Map(mandates.map((item) => [item.record.id, item.record]));
  return { mandate: stored.record, ancestors, descendants, bodies, mandates: byId };
}
