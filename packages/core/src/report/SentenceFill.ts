import type { ReportContext } from "./ReportContext";
import { joinList } from "./ReportContext";
import type { ReportFact, ReportFigure, ReportSegment } from "./ReportFigure";
import type { SlotGroup } from "./SlotGroup";
import { fillTemplate, slotsOf, type SlotValue } from "./TemplateText";

/** A sentence as written: its runs and the figures and facts it states. */
export interface WrittenSentence {
  readonly segments: readonly ReportSegment[];
  readonly figures: readonly ReportFigure[];
  readonly facts: readonly ReportFact[];
}

/** The sentences a spec produced, or why it produced none. */
export type SentenceResult =
  | { readonly ok: true; readonly sentences: readonly WrittenSentence[] }
  | { readonly ok: false; readonly message: string };

/** The figure and fact keys the slots of the chosen variant belong to ("meeting.held" to "meeting"). */
function usedKeys(variant: string, slots: ReadonlyMap<string, SlotValue>): Set<string> {
  return new Set(
    slotsOf(variant).flatMap((name) => {
      const slot = slots.get(name);
      return [
        name.split(".")[0] ?? name,
        ...(slot?.figureKey !== undefined ? [slot.figureKey] : []),
        ...(slot?.factKey !== undefined ? [slot.factKey] : []),
      ];
    }),
  );
}

/**
 * Fills a template from resolved slot groups and keeps only the figures and facts the chosen
 * variant prints (or tests in its guard).
 */
export function writeFromGroups(
  context: ReportContext,
  variants: readonly string[],
  groups: readonly SlotGroup[],
  what: string,
): SentenceResult {
  const slots = new Map<string, SlotValue>(groups.flatMap((group) => group.slots));
  const filled = fillTemplate(
    variants,
    slots,
    (items) => joinList(context, items),
    (phrase, form) => context.templates.format.inflect?.(phrase, form) ?? phrase,
  );
  if (!filled.ok)
    return {
      ok: false,
      message: `${what}: no variant can be written; missing ${filled.missing.map((name) => `{${name}}`).join(", ")}`,
    };
  const used = usedKeys(filled.variant, slots);
  return {
    ok: true,
    sentences: [
      {
        segments: filled.segments,
        figures: groups.flatMap((group) =>
          group.figure !== undefined && used.has(group.figure.key) ? [group.figure] : [],
        ),
        facts: groups.flatMap((group) => (group.fact !== undefined && used.has(group.fact.key) ? [group.fact] : [])),
      },
    ],
  };
}
