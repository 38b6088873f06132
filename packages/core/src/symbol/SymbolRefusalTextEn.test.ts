import { describe, expect, it } from "vitest";
import { formatMessage } from "../message/MessageCatalog";
import { parseMessage, type MessageNode } from "../message/MessageSyntax";
import { ENGLISH_SYMBOL_REFUSAL_TEXT, type SymbolRefusalKey } from "./SymbolRefusalTextEn";
import { ENGLISH_SYMBOL_REFUSALS } from "./SymbolRefusalsEn";

const CATALOG = { language: "en", messages: ENGLISH_SYMBOL_REFUSALS } as const;

/** Every slot and every choice a message makes, at any depth. */
function choicesOf(nodes: readonly MessageNode[], found: Map<string, string[]> = new Map()): Map<string, string[]> {
  for (const node of nodes) {
    if (node.type === "slot" || node.type === "list") found.set(node.name, found.get(node.name) ?? []);
    if (node.type === "select" || node.type === "plural") {
      found.set(node.name, [...(found.get(node.name) ?? []), ...Object.keys(node.branches)]);
      for (const branch of Object.values(node.branches)) choicesOf(branch, found);
    }
  }
  return found;
}

/** Values for every slot (`‹organ›`), and then each branch of each choice taken in turn. */
function sampleValues(key: SymbolRefusalKey): Readonly<Record<string, string>>[] {
  const parsed = parseMessage(ENGLISH_SYMBOL_REFUSALS[key]);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const choices = choicesOf(parsed.value);
  const base = Object.fromEntries([...choices.keys()].map((name) => [name, `‹${name}›`]));
  return [base, ...[...choices].flatMap(([name, branches]) => branches.map((branch) => ({ ...base, [name]: branch })))];
}

// The schemas word a symbol's refusal with the generated functions (scripts/symbol-refusals-en.mjs),
// every other reader with the catalog: the two must say the same, key by key and choice by choice.
describe("the English symbol refusals a schema words without the message formatter", () => {
  const keys = Object.keys(ENGLISH_SYMBOL_REFUSALS) as SymbolRefusalKey[];

  it("has a function for every refusal of the catalog, and no other", () => {
    expect(Object.keys(ENGLISH_SYMBOL_REFUSAL_TEXT).sort()).toEqual([...keys].sort());
  });

  it.each(keys)("words %s as the catalog does, whichever choice it takes", (key) => {
    for (const values of sampleValues(key))
      expect(ENGLISH_SYMBOL_REFUSAL_TEXT[key](values)).toBe(formatMessage(CATALOG, key, values as never));
  });

  it("names the General Assembly, and an organ it does not know by its code", () => {
    expect(ENGLISH_SYMBOL_REFUSAL_TEXT.organ({ organ: "A" })).toBe("the General Assembly");
    expect(ENGLISH_SYMBOL_REFUSAL_TEXT.organ({ organ: "constructor" })).toBe("constructor");
  });
});
