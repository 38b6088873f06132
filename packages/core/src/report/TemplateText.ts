import type { Result } from "../result/Result";
import {
  formatMessageParts,
  slotsReached,
  type FormWithoutInflect,
  type MessageArgument,
  type MessagePart,
  type MissingSlots,
} from "../message/MessageFormat";
import type { MessageSyntaxError } from "../message/MessageSyntax";
import type { Language } from "../text/Language";
import type { ReportSegment } from "./ReportFigure";

/**
 * What fills a template slot: its text, the items it joins when it is a list (so that
 * `{slot, lower}` can lower each item), the figure or fact it prints, and, for a number, its
 * plural category in the report's language (for `{slot, plural, …}`).
 */
export interface SlotValue {
  readonly text: string;
  readonly items?: readonly string[];
  readonly figureKey?: string;
  readonly factKey?: string;
  readonly plural?: Intl.LDMLPluralRule;
}

/** The slots a sentence can use, by name. */
export type Slots = ReadonlyMap<string, SlotValue>;

/** A variant written out: its runs, the variant, and the slots it printed or chose by. */
export interface FilledSentence {
  readonly segments: ReportSegment[];
  readonly variant: string;
  readonly reached: readonly string[];
}

/** Why no variant of a template could be written. */
export type TemplateProblem = MissingSlots | FormWithoutInflect | MessageSyntaxError;

/** A template filled in, or why none of its variants could be. */
export type FilledTemplate = Result<FilledSentence, TemplateProblem>;

/**
 * Puts a phrase into a grammatical form a template asks for with `{slot, gen}`: "gen",
 * "dat", "prep" in Russian, "gen" in Arabic, "de" in French and Spanish (the contracted
 * preposition). A language that needs no forms leaves the phrase as it is.
 */
export type Inflect = (phrase: string, form: string) => string;

/** How a report's language writes a template: its plural rules, list joining and forms. */
export interface TemplateLanguage {
  readonly language: Language;
  readonly join: (items: readonly string[]) => string;
  readonly inflect?: Inflect;
}

function argumentOf(slot: SlotValue): MessageArgument {
  return {
    text: slot.text,
    ...(slot.items !== undefined ? { items: slot.items } : {}),
    ...(slot.plural !== undefined ? { category: slot.plural } : {}),
  };
}

function segmentOf(part: MessagePart, slots: Slots): ReportSegment {
  const slot = part.slot === undefined ? undefined : slots.get(part.slot);
  return {
    text: part.text,
    ...(slot?.figureKey !== undefined ? { figureKey: slot.figureKey } : {}),
    ...(slot?.factKey !== undefined ? { factKey: slot.factKey } : {}),
  };
}

function mergePlainRuns(segments: readonly ReportSegment[]): ReportSegment[] {
  const merged: ReportSegment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    const plain = segment.figureKey === undefined && segment.factKey === undefined;
    if (plain && last !== undefined && last.figureKey === undefined && last.factKey === undefined) {
      merged[merged.length - 1] = { text: last.text + segment.text };
    } else if (segment.text !== "") {
      merged.push(segment);
    }
  }
  return merged;
}

/**
 * Fills the first variant that can be written from the slots. Each variant is a message in
 * the catalog format the CLI and the web UI use (see `parseMessage`): `{slot, lower}` lowers
 * the first letter (of each item of a list), `{slot, gen}` asks `inflect` for a form,
 * `{n, plural, one {…} other {…}}` and `{kind, select, postponement {…} other {…}}` choose
 * by a number's plural category or a slot's word, and a variant needs only the slots of the
 * branches it takes. Variants go from the fullest to the plainest, so a sentence says as much
 * as the records allow.
 * @example fillTemplate(["{n} people from {c} countries", "{n} people"], slots, { language: "en", join })
 */
export function fillTemplate(variants: readonly string[], slots: Slots, how: TemplateLanguage): FilledTemplate {
  const values = Object.fromEntries([...slots].map(([name, slot]) => [name, argumentOf(slot)]));
  const options = { join: how.join, ...(how.inflect !== undefined ? { inflect: how.inflect } : {}) };
  const missing = new Set<string>();
  for (const variant of variants) {
    const formatted = formatMessageParts(variant, how.language, values, options);
    if (formatted.ok) {
      return {
        ok: true,
        value: {
          segments: mergePlainRuns(formatted.value.map((part) => segmentOf(part, slots))),
          variant,
          reached: slotsReached(variant, how.language, values, options),
        },
      };
    }
    if (formatted.error._tag !== "MissingSlots") return formatted;
    formatted.error.slots.forEach((name) => missing.add(name));
  }
  const names = [...missing];
  return {
    ok: false,
    error: { _tag: "MissingSlots", slots: names, message: `missing ${names.map((name) => `{${name}}`).join(", ")}` },
  };
}

/** The text of some segments. */
export function segmentText(segments: readonly ReportSegment[]): string {
  return segments.map((segment) => segment.text).join("");
}
