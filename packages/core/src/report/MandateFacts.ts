import { addresses } from "../mandate/Addressee";
import type { LineageRelation } from "../mandate/LineageEdge";
import type { Mandate } from "../mandate/Mandate";
import { mergeProvenance, type Provenance } from "../provenance/Provenance";
import type { ReportContext } from "./ReportContext";
import { joinList, nameMandate, resolveMandate, textIn } from "./ReportContext";
import type { MandateFactSpec } from "./ReportOutline";
import { factGroup, trimSentence, unresolved, type Resolved } from "./SlotGroup";
import type { SlotValue } from "./TemplateText";

function sub(key: string, name: string, text: string | undefined): readonly (readonly [string, SlotValue])[] {
  return text === undefined ? [] : [[`${key}.${name}`, { text, factKey: key }]];
}

/** Mandates related to `mandate` by `relation`, in either direction. */
function related(
  context: ReportContext,
  mandate: Mandate,
  relation: LineageRelation,
  direction: "to" | "from",
): { readonly mandate: Mandate; readonly provenance: readonly Provenance[] }[] {
  const edges =
    direction === "to"
      ? (context.graph.outgoing.get(mandate.id) ?? [])
      : (context.graph.incoming.get(mandate.id) ?? []);
  return edges
    .filter((edge) => edge.relation === relation)
    .flatMap((edge) => {
      const other = context.graph.mandates.get(direction === "to" ? edge.toId : edge.fromId);
      return other === undefined ? [] : [{ mandate: other, provenance: edge.edge.provenance }];
    });
}

/**
 * Resolves a fact about a mandate: its name (with short form, title and adopting body as
 * sub-slots), the asks of its provisions with an action, the mandate a lineage edge points
 * to, or the declarations around it (the declaration it endorses, the one that updated it,
 * and the mandate that endorsed that update).
 */
export function resolveMandateFact(context: ReportContext, spec: MandateFactSpec): Resolved {
  const mandate = resolveMandate(context, spec.mandate);
  if (mandate === undefined) return unresolved(`fact {${spec.slot}}`, `no mandate "${spec.mandate}" among the records`);
  const name = nameMandate(context, mandate);
  const key = spec.slot;
  const mandateIds = [mandate.id];
  switch (spec.fact) {
    case "mandate": {
      const extra = [
        ...sub(key, "short", name.short),
        ...sub(key, "body", name.body),
        ...sub(key, "title", name.title),
      ];
      const fact = {
        text: name.full,
        values: [mandate.id, ...(mandate.symbol !== undefined ? [mandate.symbol] : [])],
        provenance: mergeProvenance(mandate.provenance),
        sessionIds: [],
        mandateIds,
      };
      return { ok: true, value: factGroup(key, fact, undefined, extra) };
    }
    case "provision": {
      const provisions = mandate.provisions.filter(
        (provision) =>
          provision.action === spec.action &&
          (spec.addressee === undefined || addresses(provision.addressees, spec.addressee)),
      );
      if (provisions.length === 0)
        return unresolved(
          `fact {${key}}`,
          `${mandate.symbol ?? mandate.id} has no provision "${spec.action}"${spec.addressee === undefined ? "" : ` addressed to ${spec.addressee}`}`,
        );
      const asks = provisions.map((provision) => trimSentence(textIn(context, provision.ask)));
      const fact = {
        text: joinList(context, asks),
        values: [spec.action],
        provenance: mergeProvenance(provisions.flatMap((provision) => provision.provenance)),
        sessionIds: [],
        mandateIds,
      };
      return { ok: true, value: factGroup(key, fact, asks) };
    }
    case "lineage": {
      const targets = related(context, mandate, spec.relation, "to");
      if (targets.length === 0)
        return unresolved(
          `fact {${key}}`,
          `${mandate.symbol ?? mandate.id} ${spec.relation} no mandate among the records`,
        );
      const names = targets.map((target) => nameMandate(context, target.mandate).full);
      const fact = {
        text: joinList(context, names),
        values: targets.map((target) => target.mandate.id),
        provenance: mergeProvenance(targets.flatMap((target) => target.provenance)),
        sessionIds: [],
        mandateIds: [mandate.id, ...targets.map((target) => target.mandate.id)],
      };
      return { ok: true, value: factGroup(key, fact, names) };
    }
    case "declarations": {
      const endorsed = related(context, mandate, "endorses", "to");
      if (endorsed.length === 0)
        return unresolved(`fact {${key}}`, `${mandate.symbol ?? mandate.id} endorses no declaration among the records`);
      const updates = related(context, mandate, "updates", "from");
      const endorsers = updates.flatMap((update) => related(context, update.mandate, "endorses", "from"));
      const title = (target: Mandate): string => nameMandate(context, target).full;
      const all = [...endorsed, ...updates, ...endorsers];
      const extra = [
        ...sub(key, "body", name.body),
        ...sub(
          key,
          "endorsed",
          joinList(
            context,
            endorsed.map((item) => title(item.mandate)),
          ),
        ),
        ...sub(
          key,
          "update",
          updates.length === 0
            ? undefined
            : joinList(
                context,
                updates.map((item) => title(item.mandate)),
              ),
        ),
        ...sub(
          key,
          "updateEndorsedBy",
          endorsers.length === 0
            ? undefined
            : joinList(
                context,
                endorsers.map((item) => title(item.mandate)),
              ),
        ),
      ];
      const fact = {
        text: name.full,
        values: [mandate.id, ...all.map((item) => item.mandate.id)],
        provenance: mergeProvenance([...mandate.provenance, ...all.flatMap((item) => item.provenance)]),
        sessionIds: [],
        mandateIds: [mandate.id, ...all.map((item) => item.mandate.id)],
      };
      return { ok: true, value: factGroup(key, fact, undefined, extra) };
    }
  }
}
