import { describe, expect, it } from "vitest";
import { checkCatalog } from "../message/MessageCatalog";
import { LANGUAGES } from "../text/Language";
import { SYMBOL_MESSAGE_CATALOGS, symbolMessageSlots } from "./SymbolMessages";
import { explainSymbol } from "./SymbolExplanation";
import { parseSymbol } from "./SymbolParser";
import { formatSymbolErrorIn, formatSymbolRepairIn, formatSymbolSaid } from "./SymbolText";
import { normaliseSymbol } from "./SymbolNormalisation";

const asOf = new Date("2021-06-01T00:00:00Z");

/**
 * The lower-case Latin words of a text once the symbol it is about is taken out: symbols,
 * their fragments and codes (`A/RES/74/173`, `L.n`, `XXI`, `CHN-HKG`) may stay, English words
 * may not.
 */
function latinWords(text: string, symbol: string): string[] {
  return text
    .split(symbol)
    .join(" ")
    .split(/[\s«»“”"'（）()،,:;：；。，、]+/u)
    .filter((token) => /[a-z]/.test(token) && !/[/.]/.test(token));
}

describe("the symbol messages in the six languages", () => {
  it("a session reads in words where UN editing writes it so: 第七十四届会议, soixante-quatorzième, septuagésimo cuarto", () => {
    const meanings = (language: "zh" | "ar" | "fr" | "es", symbol: string): string[] => {
      const explained = explainSymbol(symbol, asOf, language);
      if (!explained.ok) throw new Error(explained.error.message);
      return explained.parts.map((part) => part.meaning);
    };
    expect(meanings("fr", "A/RES/74/173")).toContain("la soixante-quatorzième session de l’Assemblée générale");
    expect(meanings("es", "A/RES/74/173")).toContain(
      "el septuagésimo cuarto período de sesiones de la Asamblea General",
    );
    expect(meanings("zh", "A/RES/S-27/2")).toContain("大会第二十七届特别会议");
    expect(meanings("ar", "A/RES/2200 A (XXI)")).toContain("اتُّخذ في الدورة الحادية والعشرين للجمعية العامة");
    expect(meanings("fr", "A/RES/186 (S-2)")).toContain(
      "adoptée à la deuxième session extraordinaire de l’Assemblée générale",
    );
  });

  it("every catalog has every key, uses only the slots the others use, and parses", () => {
    const slots = symbolMessageSlots();
    for (const language of LANGUAGES) expect(checkCatalog(slots, SYMBOL_MESSAGE_CATALOGS[language])).toEqual([]);
  });

  it("an explanation in Arabic, Chinese and Russian names the organs as the UN writes them, with no English word", () => {
    const expected = {
      ar: ["الجمعية العامة", "الدورة الرابعة والسبعون للجمعية العامة"],
      zh: ["大会", "大会第七十四届会议"],
      ru: ["Генеральная Ассамблея", "74-я сессия Генеральной Ассамблеи"],
    } as const;
    for (const [language, [organ, session]] of Object.entries(expected) as [
      keyof typeof expected,
      readonly string[],
    ][]) {
      const explained = explainSymbol("A/RES/74/173", asOf, language);
      if (!explained.ok) throw new Error(explained.error.message);
      expect(explained.parts.map((part) => part.meaning)).toContain(organ);
      expect(explained.parts.map((part) => part.meaning)).toContain(session);
      for (const symbol of [
        "A/RES/74/173",
        "CCPR/C/CHN-HKG/CO/4",
        "A/RES/2200 A (XXI)",
        "E/RES/1296 (XLIV)",
        "A/RES/3362 (S-VII)",
        "CEDAW/C/GC/31-CRC/C/GC/18",
        "E/CN.15/2021/L.5/Rev.1*",
      ]) {
        const other = explainSymbol(symbol, asOf, language);
        if (!other.ok) throw new Error(other.error.message);
        const words = [other.citation ?? "", ...other.parts.map((part) => part.meaning)].join(" ");
        expect(latinWords(words, symbol), `${language} ${symbol}: ${words}`).toEqual([]);
      }
    }
  });

  it("the citation of a resolution follows each language's UN form", () => {
    const citation = (language: "ar" | "zh" | "ru" | "fr" | "es" | "en") => {
      const explained = explainSymbol("A/RES/74/173", asOf, language);
      return explained.ok ? explained.citation : undefined;
    };
    expect(citation("zh")).toBe("大会第74/173号决议");
    expect(citation("ru")).toBe("резолюция 74/173 Генеральной Ассамблеи");
    expect(citation("ar")).toBe("قرار الجمعية العامة 74/173");
    expect(citation("fr")).toBe("résolution 74/173 de l’Assemblée générale");
    expect(citation("es")).toBe("resolución 74/173 de la Asamblea General");
    expect(citation("en")).toBe("General Assembly resolution 74/173");
  });

  it("a refusal in Arabic, Chinese and Russian says where, what and how, with no English word", () => {
    for (const input of [
      "A/624/123",
      "A/RES/74/173 /Add.1",
      "CCPR/C/CHN-TWN/CO/1",
      "E/RES/2200 (LXIV)",
      "A/RES/S-7/1",
    ]) {
      const result = parseSymbol(input, { referenceDate: asOf });
      if (result.ok) throw new Error(`${input} was accepted`);
      for (const language of ["ar", "zh", "ru"] as const) {
        const message = formatSymbolErrorIn(result.error, language);
        expect(message).toContain(String(result.error.offset));
        expect(latinWords(message, input), `${language}: ${message}`).toEqual([]);
        const explained = explainSymbol(input, asOf, language);
        expect(explained.ok ? "" : explained.error.message).toBe(message);
      }
    }
    const refused = parseSymbol("A/624/123", { referenceDate: asOf });
    if (refused.ok) throw new Error("accepted");
    expect(formatSymbolErrorIn(refused.error, "zh")).toContain("大会没有举行过第624届会议");
    expect(formatSymbolErrorIn(refused.error, "ru")).toContain("у Генеральной Ассамблеи не было 624-й сессии");
    expect(formatSymbolErrorIn(refused.error, "ar")).toContain("لم تعقد الجمعية العامة الدورة 624");
    expect(formatSymbolErrorIn(refused.error, "en")).toBe(refused.error.message);
  });

  it("English is the error's own reason and message, worded from the same data", () => {
    const result = parseSymbol("E/CN.15/2031/1", { referenceDate: asOf });
    if (result.ok) throw new Error("accepted");
    expect(formatSymbolSaid(result.error.wording.reason, "en")).toBe(result.error.reason);
    expect(result.error.wording.reason).toEqual({ key: "yearInFuture", values: { year: 2031, date: "2021-06-01" } });
  });
});

describe("what normaliseSymbol changed, in the reader's language", () => {
  it("each repair is worded in the six languages, and Arabic, Chinese and Russian use no English word", () => {
    const normalised = normaliseSymbol(" ａ/res/74/173 / add1 *", { referenceDate: asOf });
    if (!normalised.ok) throw new Error(normalised.error.message);
    expect(normalised.value.repairs.map((repair) => formatSymbolRepairIn(repair, "en"))).toEqual(
      normalised.value.repairs.map((repair) => repair.reason),
    );
    expect(normalised.value.repairs.map((repair) => formatSymbolRepairIn(repair, "fr"))).toContain(
      "a ramené les formes pleine chasse à l’ASCII, a écrit les lettres dans la casse de la cote",
    );
    expect(normalised.value.repairs.map((repair) => formatSymbolRepairIn(repair, "zh"))).toContain(
      "删除了斜线旁的空格",
    );
    for (const language of ["ar", "zh", "ru"] as const) {
      for (const repair of normalised.value.repairs) {
        const words = formatSymbolRepairIn(repair, language)
          .split(/[\s«»“”"'（）()،,:;：；。，、]+/u)
          .filter((token) => /[a-z]/.test(token) && token !== "ASCII");
        expect(words).toEqual([]);
      }
    }
    const parts = normaliseSymbol("a/res/60/247  a-c", { referenceDate: asOf });
    expect(parts.ok && formatSymbolRepairIn(parts.value.repairs.at(-1)!, "es")).toBe(
      "escribió las partes de la resolución en su forma escrita: tras un espacio, como « A» o « A-C»",
    );
  });
});
