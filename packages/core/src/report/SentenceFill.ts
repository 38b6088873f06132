import type { Result } from "../result/Result";
import type { ReportContext } from "./ReportContext";
import { joinList } from "./ReportContext";
import type { ReportFact, ReportFigure, ReportSegment } from "./ReportFigure";
import type { SlotGroup } from "./SlotGroup";
import { fillTemplate, type SlotValue } from "./TemplateText";
import { unfilledPart, type UnfilledPart } from "./UnfilledPart";

/** A sentence as written: its runs and the figures and facts it states. */
export interface WrittenSentence {
  readonly segments: readonly ReportSegment[];
  readonly figures: readonly ReportFigure[];
  readonly facts: readonly ReportFact[];
}

/** The sentences a spec produced, or the `UnfilledPart` that says why it produced none. */
export type SentenceResult = Result<readonly WrittenSentence[], UnfilledPart>;

/**
 * The variants of a sentence in the report's template set. `buildReport` takes a set only
 * when it writes every key of the outline; were one missing all the same, its sentence is
 * left out as a gap rather than the report failing.
 */
export function sentenceVariants(context: ReportContext, key: string): readonly string[] {
  return context.templates.sentences[key] ?? [];
}

/** The figure and fact keys the slots of the chosen variant belong to ("meeting.held" to "meeting"). */
function usedKeys(reached: readonly string[], slots: ReadonlyMap<string, SlotValue>): Set<string> {
  return new Set(
    reached.flatMap((name) => {
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
 * variant prints (or chooses a branch by).
 */
export function writeFromGroups(
  context: ReportContext,
  variants: readonly string[],
  groups: readonly SlotGroup[],
  what: string,
): SentenceResult {
  const slots = new Map<string, SlotValue>(groups.flatMap((group) => group.slots));
  const { format } = context.templates;
  const filled = fillTemplate(variants, slots, {
    language: context.language,
    join: (items) => joinList(context, items),
    ...(format.inflect !== undefined
      ? { inflect: (phrase: string, form: string) => format.inflect?.(phrase, form) ?? phrase }
      : {}),
  });
  if (!filled.ok) return { ok: false, error: unfilledPart(what, `no variant can be written; ${filled.error.message}`) };
  const used = usedKeys(filled.value.reached, slots);
  return {
    ok: true,
    value: [
      {
        segments: filled.value.segments,
        figures: groups.flatMap((group) =>
          group.figure !== undefined && used.has(group.figure.key) ? [group.figure] : [],
        ),
        facts: groups.flatMap((group) => (group.fact !== undefined && used.has(group.fact.key) ? [group.fact] : [])),
      },
    ],
  };
}
