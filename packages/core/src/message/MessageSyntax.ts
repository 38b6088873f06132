/**
 * The message syntax shared by report templates, the CLI and the web UI: a subset of ICU
 * MessageFormat (https://unicode-org.github.io/icu/userguide/format_parse/messages/), chosen
 * because translators and their tools already know it. Parsed by hand because core may import
 * only effect and zod, and the subset is small:
 * - `{name}` a slot; `{name, number}` a number in the language's digits and grouping;
 * - `{name, plural, =0 {…} one {…} few {…} other {…}}` with `#` for the number (categories of
 *   `Intl.PluralRules`: Arabic has zero/one/two/few/many/other, Russian one/few/many/other);
 * - `{name, select, postponement {…} other {…}}`;
 * - `{name, list}` / `{name, list, or}` / `{name, list, unit}` joined by `Intl.ListFormat`;
 * - `{name, lower}` and `{name, list, lower}` lower the first letter of the slot (of each
 *   item): a label written for a table ("Police officers") inside a sentence; `{name, cap}`
 *   raises it, for a slot that opens a sentence;
 * - `{name, gen}`, `{name, in, cap}`: any other words after the name are forms, applied in
 *   order, that the formatter's `inflect` option puts the slot into (a Russian genitive, a
 *   French name with its article). ICU lets a message name its own argument types; these
 *   are Remit's, and the report's templates use them;
 * - an apostrophe quotes only before `{`, `}` or `#` (`'{'`), and `''` is one apostrophe, as in
 *   ICU, so "l'ONUDC" needs no escaping.
 * Slot names are letters, digits, `_`, `-` and `.` ("change.kind").
 */

import type { Result } from "../result/Result";

/** A parsed message: text runs, slots and choices. */
export type MessageNode =
  | { readonly type: "text"; readonly text: string }
  | {
      readonly type: "slot";
      readonly name: string;
      readonly format?: "number";
      /** Forms applied in order: "lower", "cap", or a grammatical form for `inflect` ("gen"). */
      readonly forms?: readonly string[];
    }
  | {
      readonly type: "list";
      readonly name: string;
      readonly style: "conjunction" | "disjunction" | "unit";
      readonly lower: boolean;
    }
  | {
      readonly type: "plural" | "select";
      readonly name: string;
      readonly branches: Readonly<Record<string, readonly MessageNode[]>>;
    }
  | { readonly type: "pound" };

/** Why a message does not parse, and where (0-based character offset). */
export interface MessageSyntaxError {
  readonly _tag: "MessageSyntaxError";
  readonly message: string;
  readonly position: number;
}

/** A parsed message or its syntax error. */
export type ParsedMessage = Result<readonly MessageNode[], MessageSyntaxError>;

class Failure extends Error {
  constructor(
    readonly reason: string,
    readonly at: number,
  ) {
    super(reason);
  }
}

const NAME = /[A-Za-z][\w.-]*/y;
const KEY = /(=\d+|[A-Za-z][\w-]*)/y;

function parseNodes(source: string, start: number, inPlural: boolean, nested: boolean): [MessageNode[], number] {
  const nodes: MessageNode[] = [];
  let text = "";
  let at = start;
  const flush = () => {
    if (text !== "") nodes.push({ type: "text", text });
    text = "";
  };
  while (at < source.length) {
    const char = source[at]!;
    if (char === "'") {
      const next = source[at + 1];
      if (next === "'") {
        text += "'";
        at += 2;
        continue;
      }
      if (next === "{" || next === "}" || (inPlural && next === "#")) {
        const close = source.indexOf("'", at + 1);
        if (close < 0) throw new Failure("a quote (') before a brace is never closed", at);
        text += source.slice(at + 1, close);
        at = close + 1;
        continue;
      }
      text += char;
      at += 1;
    } else if (char === "{") {
      flush();
      const [node, after] = parseArgument(source, at);
      nodes.push(node);
      at = after;
    } else if (char === "}") {
      if (!nested) throw new Failure("a closing brace has no opening brace", at);
      flush();
      return [nodes, at];
    } else if (char === "#" && inPlural) {
      flush();
      nodes.push({ type: "pound" });
      at += 1;
    } else {
      text += char;
      at += 1;
    }
  }
  if (nested) throw new Failure("a brace is never closed", start - 1);
  flush();
  return [nodes, at];
}

function skipSpace(source: string, at: number): number {
  while (at < source.length && /\s/.test(source[at]!)) at += 1;
  return at;
}

function expect(source: string, at: number, char: string): number {
  const here = skipSpace(source, at);
  if (source[here] !== char) throw new Failure(`expected "${char}"`, here);
  return here + 1;
}

function word(source: string, at: number, pattern: RegExp, what: string): [string, number] {
  const here = skipSpace(source, at);
  pattern.lastIndex = here;
  const match = pattern.exec(source);
  if (match === null) throw new Failure(`expected ${what}`, here);
  return [match[0], here + match[0].length];
}

function parseArgument(source: string, open: number): [MessageNode, number] {
  const [name, afterName] = word(source, open + 1, NAME, "a slot name");
  let at = skipSpace(source, afterName);
  if (source[at] === "}") return [{ type: "slot", name }, at + 1];
  at = expect(source, at, ",");
  const [kind, afterKind] = word(source, at, /[a-z]+/y, "number, list, plural, select or a form");
  if (kind === "number") return [{ type: "slot", name, format: kind }, expect(source, afterKind, "}")];
  if (kind === "list") {
    let style: "conjunction" | "disjunction" | "unit" = "conjunction";
    let lower = false;
    let here = skipSpace(source, afterKind);
    while (source[here] === ",") {
      const [option, after] = word(source, here + 1, /[a-z]+/y, "and, or, unit or lower");
      if (option === "or") style = "disjunction";
      else if (option === "unit") style = "unit";
      else if (option === "lower") lower = true;
      else if (option !== "and") throw new Failure(`"${option}" is not a list style (and, or, unit, lower)`, here + 1);
      here = skipSpace(source, after);
    }
    return [{ type: "list", name, style, lower }, expect(source, here, "}")];
  }
  if (kind !== "plural" && kind !== "select") {
    const forms = [kind];
    let here = skipSpace(source, afterKind);
    while (source[here] === ",") {
      const [form, after] = word(source, here + 1, /[a-z]+/y, "a form");
      forms.push(form);
      here = skipSpace(source, after);
    }
    return [{ type: "slot", name, forms }, expect(source, here, "}")];
  }
  at = expect(source, afterKind, ",");
  const branches: Record<string, MessageNode[]> = {};
  for (;;) {
    at = skipSpace(source, at);
    if (source[at] === "}") break;
    const [key, afterKey] = word(source, at, KEY, `a ${kind} key`);
    if (branches[key] !== undefined) throw new Failure(`the ${kind} key "${key}" is given twice`, at);
    const body = expect(source, afterKey, "{");
    const [nodes, close] = parseNodes(source, body, kind === "plural", true);
    branches[key] = nodes;
    at = close + 1;
  }
  if (branches.other === undefined) throw new Failure(`a ${kind} needs an "other" branch`, open);
  return [{ type: kind, name, branches }, at + 1];
}

/**
 * Parses a message.
 * @example parseMessage("{n, plural, one {# country} other {# countries}}").ok // true
 */
export function parseMessage(source: string): ParsedMessage {
  try {
    return { ok: true, value: parseNodes(source, 0, false, false)[0] };
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    return {
      ok: false,
      error: {
        _tag: "MessageSyntaxError",
        message: `${error.reason} at character ${error.at + 1} of ${JSON.stringify(source)}`,
        position: error.at,
      },
    };
  }
}

/** The slot names a message uses anywhere, choices included. */
export function slotNames(nodes: readonly MessageNode[]): string[] {
  const names = new Set<string>();
  const walk = (list: readonly MessageNode[]): void => {
    for (const node of list) {
      if (node.type === "slot" || node.type === "list") names.add(node.name);
      if (node.type === "plural" || node.type === "select") {
        names.add(node.name);
        Object.values(node.branches).forEach(walk);
      }
    }
  };
  walk(nodes);
  return [...names];
}
