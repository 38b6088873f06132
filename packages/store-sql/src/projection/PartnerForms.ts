import { displayText, normalizeSearchText, type Activity, type Partner } from "@remit/core";

/** A name or acronym a partner filter may give, and the form the partner's facet row is stored under. */
export type PartnerAlias = readonly [alias: string, form: string];

/** The names and the acronym of a partner, normalized as a partner filter is, without empty ones. */
function namesOf(partner: Partner): string[] {
  const names = Object.values(partner.name).map((name) => normalizeSearchText(name ?? ""));
  if (partner.acronym !== undefined) names.push(normalizeSearchText(partner.acronym));
  return names.filter((name) => name !== "");
}

/**
 * The one form a partner's facet row holds: its acronym, or else the name a reader sees,
 * normalized. One row per partner instead of one per name and acronym (INTERPOL had three);
 * `partner_alias` leads a filter from any name to this form. None for a partner no filter
 * can find (every name blank once normalized).
 */
function partnerForm(partner: Partner): string | undefined {
  const acronym = partner.acronym === undefined ? "" : normalizeSearchText(partner.acronym);
  if (acronym !== "") return acronym;
  const shown = normalizeSearchText(displayText(partner.name));
  return shown !== "" ? shown : namesOf(partner)[0];
}

/** The distinct forms of an activity's partners: its partner facet values. */
export function partnerForms(activity: Activity): string[] {
  const forms = new Set<string>();
  for (const partner of activity.partners) {
    const form = partnerForm(partner);
    if (form !== undefined) forms.add(form);
  }
  return [...forms];
}

/** Every name and acronym of an activity's partners with the form it leads to (see `partnerForm`). */
export function partnerAliases(activity: Activity): PartnerAlias[] {
  const aliases: PartnerAlias[] = [];
  for (const partner of activity.partners) {
    const form = partnerForm(partner);
    if (form === undefined) continue;
    for (const alias of new Set(namesOf(partner))) aliases.push([alias, form]);
  }
  return aliases;
}
