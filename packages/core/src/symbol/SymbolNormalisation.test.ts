import { wordedSymbolError } from "./EnglishSymbolText";
import { describe, expect, it } from "vitest";
import { ENGLISH_SYMBOL_EXPLANATIONS } from "./SymbolExplanationsEn";
import { ENGLISH_SYMBOL_MESSAGES } from "./SymbolMessagesEn";
import { ENGLISH_SYMBOL_REFUSALS } from "./SymbolRefusalsEn";
import { normalisedSymbolText, normaliseSymbol } from "./SymbolNormalisation";

const TYPED = [
  " a/res/74/173 / add1",
  "Ａ／ＲＥＳ／７４／１７３",
  "S/RES/2532(2020)",
  "e/cn.15/2019/l.3/rev1",
  "A/624/123",
  "ZZ/1",
  "",
  `A/RES/${"7".repeat(300)}`,
];

describe("a schema's normalised symbol", () => {
  it.each(TYPED)("stores %j as normaliseSymbol writes it, or refuses it with the same words", (typed) => {
    const full = normaliseSymbol(typed);
    const text = normalisedSymbolText(typed);
    if (full.ok) expect(text).toEqual({ ok: true, value: full.value.text });
    else expect(text.ok ? undefined : wordedSymbolError(text.error).message).toBe(full.error.message);
  });

  it("says what normaliseSymbol repaired, in the explanations' English", () => {
    const repaired = normaliseSymbol(" a/res/74/173");
    expect(repaired.ok && repaired.value.repairs.map((repair) => repair.reason)).toEqual([
      "removed blanks around the symbol",
      "wrote the letters in the symbol's case",
      "wrote the letters in the symbol's case",
    ]);
  });
});

describe("the English symbol catalog in two parts", () => {
  it("holds each message once, in the refusals or in the explanations", () => {
    const refusals = Object.keys(ENGLISH_SYMBOL_REFUSALS);
    const explanations = Object.keys(ENGLISH_SYMBOL_EXPLANATIONS);
    expect(refusals.filter((key) => explanations.includes(key))).toEqual([]);
    expect([...refusals, ...explanations].sort()).toEqual(Object.keys(ENGLISH_SYMBOL_MESSAGES).sort());
  });
});
