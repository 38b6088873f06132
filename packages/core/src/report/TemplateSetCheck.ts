import { parseMessage, slotNames, type MessageNode } from "../message/MessageSyntax";
import type { Language } from "../text/Language";
import type { ReportContent } from "./ReportContent";
import { missingTemplateKeys, reportOutlineKeys, type ReportOutlineKeys } from "./ReportOutlineKeys";
import type { ReportTemplateSet } from "./ReportTemplates";

/** The forms a slot asks for (`{slot, gen}`), inside plural and select branches too. */
function formsOf(nodes: readonly MessageNode[]): string[] {
  return nodes.flatMap((node) =>
    node.type === "slot"
      ? [...(node.forms ?? [])]
      : node.type === "plural" || node.type === "select"
        ? Object.values(node.branches).flatMap(formsOf)
        : [],
  );
}

/** The slot names of a variant; a variant that does not parse is reported on its own. */
function slotsOf(variant: string): string[] {
  const parsed = parseMessage(variant);
  return parsed.ok ? slotNames(parsed.value) : [];
}

// "forensics.training" and "forensics.countries" draw on the same record as "forensics".
const recordOf = (slot: string) => slot.split(".")[0];

/**
 * What is wrong with a template set a report's content brings, as the engine will read it:
 * a heading or sentence of the outline's `keys` (`reportOutlineKeys`) it does not write, a
 * variant that is not a message in the catalog syntax, a form (`{slot, gen}`) its language's
 * format does not make, and, given the `reference` set it was translated from, a slot
 * drawing on a record the reference's sentence does not. One line each, empty when the set
 * is sound.
 * @example reportTemplateProblems(FRENCH_REPORT_TEMPLATES, reportOutlineKeys(CYBERCRIME_REPORT_OUTLINE), ENGLISH_REPORT_TEMPLATES) // [] (all from @remit/dataset)
 */
export function reportTemplateProblems(
  set: ReportTemplateSet,
  keys: ReportOutlineKeys,
  reference?: ReportTemplateSet,
): string[] {
  const where = (key: string) => `${set.language} ${key}`;
  const missing = missingTemplateKeys(set, keys);
  const problems = [
    ...missing.headings.map((key) => `${where(key)}: no heading`),
    ...missing.sentences.map((key) => `${where(key)}: no sentence`),
  ];
  const known = new Set(["lower", "cap", ...(set.format.forms ?? [])]);
  const variants: (readonly [string, string])[] = [
    ...Object.entries(set.sentences).flatMap(([key, list]) => list.map((variant) => [key, variant] as const)),
    ...Object.entries(set.statistics).flatMap(([key, list]) => list.map((variant) => [key, variant] as const)),
  ];
  for (const [key, variant] of variants) {
    const parsed = parseMessage(variant);
    if (!parsed.ok) {
      problems.push(`${where(key)}: ${parsed.error.message}`);
      continue;
    }
    for (const form of new Set(formsOf(parsed.value)))
      if (!known.has(form)) problems.push(`${where(key)}: the form "${form}" is not one ${set.language} makes`);
  }
  if (reference !== undefined) {
    for (const key of keys.sentences) {
      const drawn = new Set((reference.sentences[key] ?? []).flatMap(slotsOf).map(recordOf));
      for (const slot of (set.sentences[key] ?? []).flatMap(slotsOf))
        if (!drawn.has(recordOf(slot)))
          problems.push(`${where(key)}: {${slot}} draws on a record the ${reference.language} sentence does not`);
    }
  }
  return problems;
}

/**
 * What is wrong with each template set of a report's content, checked against the keys of
 * the content's own outline and, given a `reference` language, against that language's set
 * (the one the others were translated from). Empty when every language can write the report.
 * @example reportContentProblems(CYBERCRIME_REPORT_CONTENT, "en") // [] (from @remit/dataset)
 */
export function reportContentProblems(content: ReportContent, reference?: Language): string[] {
  const keys = reportOutlineKeys(content.outline);
  const referenceSet = reference === undefined ? undefined : content.templates[reference];
  return Object.values(content.templates).flatMap((set) =>
    set === undefined ? [] : reportTemplateProblems(set, keys, set === referenceSet ? undefined : referenceSet),
  );
}
