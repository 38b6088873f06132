import type { Result } from "../result/Result";
import type { Language } from "../text/Language";
import { parseMessage, type MessageNode, type MessageSyntaxError } from "./MessageSyntax";

/**
 * What fills a slot: a text, a number, a list of texts, or a value that carries several of
 * these (a figure: its text "more than 130", its number 130 for plural rules) and a `tag` the
 * formatted run keeps (the report tags the runs of figures and facts to footnote them).
 */
export type MessageValue = string | number | readonly string[] | MessageArgument;

/** A slot value with its text, number or items, and a tag for its run. */
export interface MessageArgument {
  readonly text: string;
  readonly number?: number;
  /**
   * The plural category a plural choice takes, when the caller knows better than the
   * language's rules for `number` (a figure printed "more than 130" in Arabic).
   */
  readonly category?: Intl.LDMLPluralRule;
  readonly items?: readonly string[];
  readonly tag?: string;
}

/** What a formatter may be given beyond the language and the values. */
export interface MessageOptions {
  /**
   * Puts a phrase into a grammatical form a message asks for (`{mandate, gen}`); forms other
   * than "lower" and "cap" need it. A language without such forms leaves it out.
   */
  readonly inflect?: (phrase: string, form: string) => string;
  /** Joins the items of a slot the message gives forms to; `Intl.ListFormat` otherwise. */
  readonly join?: (items: readonly string[]) => string;
}

/** A run of a formatted message: its text and, for a slot's text, the slot and its tag. */
export interface MessagePart {
  readonly text: string;
  readonly slot?: string;
  readonly tag?: string;
}

/** A formatted message, or the slots it needed that were not given (or why it does not parse). */
export type FormattedMessage = Result<readonly MessagePart[], MissingSlots | FormWithoutInflect | MessageSyntaxError>;

/** The slots a message reached that were not given. */
export interface MissingSlots {
  readonly _tag: "MissingSlots";
  readonly slots: readonly string[];
  readonly message: string;
}

/** Grammatical forms a message asked for (`{mandate, gen}`) when the formatter was given no `inflect`. */
export interface FormWithoutInflect {
  readonly _tag: "FormWithoutInflect";
  readonly forms: readonly string[];
  readonly message: string;
}

const parsed = new Map<string, ReturnType<typeof parseMessage>>();

function parseCached(source: string): ReturnType<typeof parseMessage> {
  let result = parsed.get(source);
  if (result === undefined) {
    result = parseMessage(source);
    parsed.set(source, result);
  }
  return result;
}

/** Lowers the first letter unless the phrase starts with two capitals (an acronym: "FIU", "ASEAN"). */
export function lowerFirst(phrase: string, language: Language): string {
  if (/^\p{Lu}{2}/u.test(phrase)) return phrase;
  return phrase.charAt(0).toLocaleLowerCase(language) + phrase.slice(1);
}

/** Raises the first letter, for a slot that opens a sentence ("En Autriche, …"). */
export function capFirst(phrase: string, language: Language): string {
  return phrase.charAt(0).toLocaleUpperCase(language) + phrase.slice(1);
}

/** Items joined as the language lists them ("A, B and C", "A、B和C", "A, B et C"). */
export function joinItems(
  items: readonly string[],
  language: Language,
  style: "conjunction" | "disjunction" | "unit" = "conjunction",
): string {
  // UN English writes no serial comma, as British English does.
  const locale = language === "en" ? "en-GB" : language;
  return new Intl.ListFormat(locale, { type: style, style: "long" }).format(items);
}

function textOf(value: MessageValue, language: Language): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return new Intl.NumberFormat(language).format(value);
  if (isList(value)) return joinItems(value, language);
  return value.text;
}

function isList(value: MessageValue): value is readonly string[] {
  return Array.isArray(value);
}

function numberOf(value: MessageValue): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string" || isList(value)) return undefined;
  return value.number;
}

function tagOf(value: MessageValue): string | undefined {
  return typeof value === "object" && !isList(value) ? value.tag : undefined;
}

function itemsOf(value: MessageValue): readonly string[] {
  if (isList(value)) return value;
  if (typeof value === "object") return value.items ?? [value.text];
  return [textOf(value, "en")];
}

interface FormatState {
  readonly language: Language;
  readonly values: Readonly<Record<string, MessageValue | undefined>>;
  readonly options: MessageOptions;
  readonly missing: Set<string>;
  readonly formsWithoutInflect: Set<string>;
  /** Every slot the branches taken reached, choices included, given or not. */
  readonly reached: Set<string>;
  readonly parts: MessagePart[];
}

function shaped(state: FormatState, phrase: string, forms: readonly string[]): string {
  return forms.reduce((text, form) => {
    if (form === "lower") return lowerFirst(text, state.language);
    if (form === "cap") return capFirst(text, state.language);
    if (state.options.inflect === undefined) {
      state.formsWithoutInflect.add(form);
      return text;
    }
    return state.options.inflect(text, form);
  }, phrase);
}

/**
 * A slot's text with its forms: a value with items takes each form but "cap" item by item,
 * then is joined, then takes "cap" ("{countries, in, cap}": "In Austria and Germany").
 */
function formedText(state: FormatState, value: MessageValue, forms: readonly string[]): string {
  const { language } = state;
  const items = typeof value === "object" ? itemsOf(value) : undefined;
  const itemForms = forms.filter((form) => form !== "cap");
  const text =
    items !== undefined && items.length > 0 && itemForms.length > 0
      ? (state.options.join ?? ((list: readonly string[]) => joinItems(list, language)))(
          items.map((item) => shaped(state, item, itemForms)),
        )
      : shaped(state, textOf(value, language), itemForms);
  return forms.includes("cap") ? capFirst(text, language) : text;
}

function pluralBranch(
  node: Extract<MessageNode, { type: "plural" | "select" }>,
  value: MessageValue,
  language: Language,
): readonly MessageNode[] | undefined {
  const number = numberOf(value);
  const exact = number === undefined ? undefined : node.branches[`=${number}`];
  if (exact !== undefined) return exact;
  const given = typeof value === "object" && !isList(value) ? value.category : undefined;
  const category = given ?? (number === undefined ? undefined : new Intl.PluralRules(language).select(number));
  if (category === undefined) return undefined;
  return node.branches[category] ?? node.branches.other ?? [];
}

function push(state: FormatState, part: MessagePart): void {
  if (part.text === "") return;
  const last = state.parts.at(-1);
  if (part.slot === undefined && last !== undefined && last.slot === undefined) {
    state.parts[state.parts.length - 1] = { text: last.text + part.text };
  } else state.parts.push(part);
}

function slotPart(name: string, value: MessageValue, text: string): MessagePart {
  const tag = tagOf(value);
  return { text, slot: name, ...(tag !== undefined ? { tag } : {}) };
}

function render(
  state: FormatState,
  nodes: readonly MessageNode[],
  pound?: { name: string; value: MessageValue },
): void {
  const { language, values } = state;
  for (const node of nodes) {
    if (node.type === "text") {
      push(state, { text: node.text });
      continue;
    }
    if (node.type === "pound") {
      if (pound !== undefined) push(state, slotPart(pound.name, pound.value, textOf(pound.value, language)));
      continue;
    }
    state.reached.add(node.name);
    const value = values[node.name];
    if (value === undefined) {
      state.missing.add(node.name);
      continue;
    }
    switch (node.type) {
      case "slot": {
        const number = numberOf(value);
        const text =
          node.format === "number" && number !== undefined
            ? new Intl.NumberFormat(language).format(number)
            : node.forms !== undefined
              ? formedText(state, value, node.forms)
              : textOf(value, language);
        push(state, slotPart(node.name, value, text));
        break;
      }
      case "list": {
        const items = itemsOf(value).map((item) => (node.lower ? lowerFirst(item, language) : item));
        push(state, slotPart(node.name, value, joinItems(items, language, node.style)));
        break;
      }
      case "plural": {
        const branch = pluralBranch(node, value, language);
        if (branch === undefined) {
          state.missing.add(`${node.name} (a number)`);
          break;
        }
        render(state, branch, { name: node.name, value });
        break;
      }
      case "select": {
        const key = typeof value === "object" && !isList(value) ? value.text : textOf(value, language);
        render(state, node.branches[key] ?? node.branches.other ?? [], pound);
        break;
      }
    }
  }
}

/** A message parsed and walked with these values: what it wrote, reached and lacked. */
function rendered(
  source: string,
  language: Language,
  values: Readonly<Record<string, MessageValue | undefined>>,
  options: MessageOptions,
): Result<FormatState, MessageSyntaxError> {
  const syntax = parseCached(source);
  if (!syntax.ok) return syntax;
  const state: FormatState = {
    language,
    values,
    options,
    missing: new Set(),
    formsWithoutInflect: new Set(),
    reached: new Set(),
    parts: [],
  };
  render(state, syntax.value);
  return { ok: true, value: state };
}

/**
 * Formats a message in a language from slot values, as runs: the text between slots, and
 * each slot's text with its name and tag. Fails with the slots the message reached that were
 * not given (a plural or select only reaches the slots of the branch it takes).
 * @example formatMessageParts("{n, plural, one {# country} other {# countries}}", "en", { n: 64 })
 */
export function formatMessageParts(
  source: string,
  language: Language,
  values: Readonly<Record<string, MessageValue | undefined>>,
  options: MessageOptions = {},
): FormattedMessage {
  const state = rendered(source, language, values, options);
  if (!state.ok) return state;
  if (state.value.formsWithoutInflect.size > 0) {
    const forms = [...state.value.formsWithoutInflect];
    return {
      ok: false,
      error: {
        _tag: "FormWithoutInflect",
        forms,
        message: `the message asks for the form${forms.length > 1 ? "s" : ""} ${forms.map((form) => `"${form}"`).join(", ")}; give the formatter an inflect option for its language, or write the slot without it`,
      },
    };
  }
  if (state.value.missing.size > 0) {
    const slots = [...state.value.missing];
    return {
      ok: false,
      error: { _tag: "MissingSlots", slots, message: `no value for ${slots.map((slot) => `{${slot}}`).join(", ")}` },
    };
  }
  return { ok: true, value: state.value.parts };
}

/**
 * The slots a message reaches with these values: those of the branches its choices take,
 * and the choices' own slots (a report keeps the figures its sentence printed or chose by).
 * A message that does not parse reaches none.
 * @example slotsReached("{n, plural, one {a country} other {# countries}}", "en", { n: 1 }) // ["n"]
 */
export function slotsReached(
  source: string,
  language: Language,
  values: Readonly<Record<string, MessageValue | undefined>>,
  options: MessageOptions = {},
): string[] {
  const state = rendered(source, language, values, options);
  if (!state.ok) return [];
  return [...state.value.reached];
}

/** The text of formatted runs. */
export function partsText(parts: readonly MessagePart[]): string {
  return parts.map((part) => part.text).join("");
}
