import type { ReportSegment } from "./ReportFigure";

/**
 * What fills a template slot: its text, the items it joins when it is a list (so that
 * `{slot|lower}` can lower each item), the figure or fact it prints, and, for a number, its
 * plural category in the report's language (for variant guards).
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

/** A template filled in, or the slots that were missing from every variant. */
export type FilledTemplate =
  | { readonly ok: true; readonly segments: ReportSegment[]; readonly variant: string }
  | { readonly ok: false; readonly missing: readonly string[] };

const TEMPLATE_SLOT = /\{([A-Za-z][\w.-]*)((?:\|[a-z]+)*)\}/g;
const GUARD = /^\[([A-Za-z][\w.-]*)=([\w-]+)\]/;

/** The slot names a template variant uses, guards included. */
export function slotsOf(variant: string): string[] {
  const names = [...variant.matchAll(TEMPLATE_SLOT)].map((match) => match[1] ?? "");
  const guard = GUARD.exec(variant);
  return guard?.[1] === undefined ? names : [guard[1], ...names];
}

/**
 * Lowers the first letter of a phrase so it can run inside a sentence ("Cryptocurrency" →
 * "cryptocurrency"), but leaves acronyms and names that start with two capitals alone
 * ("FIU officials", "ASEAN").
 */
export function lowerFirst(phrase: string): string {
  if (/^\p{Lu}{2}/u.test(phrase)) return phrase;
  return phrase.charAt(0).toLocaleLowerCase() + phrase.slice(1);
}

function guardHolds(variant: string, slots: Slots): boolean {
  const guard = GUARD.exec(variant);
  if (guard === null) return true;
  const slot = slots.get(guard[1] ?? "");
  return slot !== undefined && (slot.plural === guard[2] || slot.text === guard[2]);
}

/**
 * Puts a phrase into a grammatical form a template asks for with `{slot|form}`: "gen",
 * "dat", "prep" in Russian, "gen" in Arabic, "de" in French and Spanish (the contracted
 * preposition). A language that needs no forms leaves the phrase as it is.
 */
export type Inflect = (phrase: string, form: string) => string;

const asIs: Inflect = (phrase) => phrase;

/** "cap" raises the first letter, for a slot that opens a sentence ("En Autriche, …"). */
function capFirst(phrase: string): string {
  return phrase.charAt(0).toLocaleUpperCase() + phrase.slice(1);
}

function shaped(phrase: string, forms: readonly string[], inflect: Inflect): string {
  return forms.reduce(
    (text, form) => (form === "lower" ? lowerFirst(text) : form === "cap" ? capFirst(text) : inflect(text, form)),
    phrase,
  );
}

/**
 * A slot's text with the forms a template asks for, in order: `{countries|in|cap}` puts
 * each country of a list into its "in" form, joins them, and raises the first letter.
 */
function slotText(
  slot: SlotValue,
  forms: readonly string[],
  join: (items: readonly string[]) => string,
  inflect: Inflect,
): string {
  if (forms.length === 0) return slot.text;
  const itemForms = forms.filter((form) => form !== "cap");
  const text =
    slot.items !== undefined && itemForms.length > 0
      ? join(slot.items.map((item) => shaped(item, itemForms, inflect)))
      : shaped(slot.text, itemForms, inflect);
  return forms.includes("cap") ? capFirst(text) : text;
}

function render(
  variant: string,
  slots: Slots,
  join: (items: readonly string[]) => string,
  inflect: Inflect,
): ReportSegment[] {
  const body = variant.replace(GUARD, "");
  const segments: ReportSegment[] = [];
  let at = 0;
  for (const match of body.matchAll(TEMPLATE_SLOT)) {
    const index = match.index;
    if (index > at) segments.push({ text: body.slice(at, index) });
    const slot = slots.get(match[1] ?? "");
    if (slot !== undefined) {
      const forms = (match[2] ?? "").split("|").filter((form) => form !== "");
      const text = slotText(slot, forms, join, inflect);
      segments.push({
        text,
        ...(slot.figureKey !== undefined ? { figureKey: slot.figureKey } : {}),
        ...(slot.factKey !== undefined ? { factKey: slot.factKey } : {}),
      });
    }
    at = index + match[0].length;
  }
  if (at < body.length) segments.push({ text: body.slice(at) });
  return mergePlainRuns(segments);
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
 * Fills the first variant whose slots are all present and whose guard holds. A variant may
 * start with a guard, `[countries=one]…` or `[change.kind=postponement]…`, that holds when
 * the slot's number takes that plural category or the slot reads exactly that word; `{slot|lower}` lowers the first letter of the slot (of each item of
 * a list), and `{slot|gen}` (any other form) asks `inflect` for that grammatical form. Variants go from the fullest to the plainest, so a sentence says as much as the
 * records allow.
 * @example fillTemplate(["{n} people from {c} countries", "{n} people"], slots, join)
 */
export function fillTemplate(
  variants: readonly string[],
  slots: Slots,
  join: (items: readonly string[]) => string,
  inflect: Inflect = asIs,
): FilledTemplate {
  const missing = new Set<string>();
  for (const variant of variants) {
    const absent = slotsOf(variant).filter((name) => !slots.has(name));
    if (absent.length > 0) {
      absent.forEach((name) => missing.add(name));
      continue;
    }
    if (guardHolds(variant, slots)) return { ok: true, segments: render(variant, slots, join, inflect), variant };
  }
  return { ok: false, missing: [...missing] };
}

/** The text of some segments. */
export function segmentText(segments: readonly ReportSegment[]): string {
  return segments.map((segment) => segment.text).join("");
}
