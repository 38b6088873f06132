import { describe, expect, it } from "vitest";
import { checkCatalog, formatMessage, type MessageCatalog } from "./MessageCatalog";
import { formatMessageParts, partsText } from "./MessageFormat";
import { parseMessage } from "./MessageSyntax";

const text = (source: string, language: Parameters<typeof formatMessageParts>[1], values: Record<string, unknown>) => {
  const result = formatMessageParts(source, language, values as never);
  if (!result.ok) throw new Error(result.error.message);
  return partsText(result.value);
};

const COUNTRIES = "{n, plural, =0 {no country} one {# country} other {# countries}}";

describe("messages", () => {
  it("a plural takes the language's own category: Russian has four, Arabic six", () => {
    const ru = "{n, plural, one {# страна} few {# страны} many {# стран} other {# страны}}";
    expect([1, 3, 5, 21, 1.5].map((n) => text(ru, "ru", { n }))).toEqual([
      "1 страна",
      "3 страны",
      "5 стран",
      "21 страна",
      "1,5 страны",
    ]);
    const ar = "{n, plural, zero {لا بلد} one {بلد واحد} two {بلدان} few {# بلدان} many {# بلدًا} other {# بلد}}";
    expect([0, 1, 2, 3, 11, 100].map((n) => text(ar, "ar", { n }))).toEqual([
      "لا بلد",
      "بلد واحد",
      "بلدان",
      "3 بلدان",
      "11 بلدًا",
      "100 بلد",
    ]);
  });

  it("an exact branch wins over the category, and # prints a figure's own words", () => {
    expect(text(COUNTRIES, "en", { n: 0 })).toBe("no country");
    expect(text(COUNTRIES, "en", { n: { text: "more than 130", number: 130 } })).toBe("more than 130 countries");
  });

  it("lists are joined as each language joins them, never 'A and B and C' (Spanish 'u' before an o sound)", () => {
    const items = ["El Salvador", "Guatemala", "Honduras"];
    expect(text("{c, list}", "en", { c: items })).toBe("El Salvador, Guatemala and Honduras");
    expect(text("{c, list}", "zh", { c: ["萨尔瓦多", "危地马拉", "洪都拉斯"] })).toBe("萨尔瓦多、危地马拉和洪都拉斯");
    expect(text("{c, list}", "fr", { c: items })).toBe("El Salvador, Guatemala et Honduras");
    expect(text("{c, list, or}", "es", { c: items })).toBe("El Salvador, Guatemala u Honduras");
    expect(text("{a, list, lower}", "en", { a: ["Teachers", "FIU officials"] })).toBe("teachers and FIU officials");
  });

  it("a select picks its branch by the slot's text; apostrophes need no escaping", () => {
    const source = "{kind, select, postponement {l'ONUDC a reporté} other {rien}}";
    expect(text(source, "fr", { kind: "postponement" })).toBe("l'ONUDC a reporté");
    expect(text(source, "fr", { kind: "dates-set" })).toBe("rien");
    expect(text("'{'literal'}'", "en", {})).toBe("{literal}");
  });

  it("runs keep the slot and tag they print, so a renderer can footnote a figure where it is written", () => {
    const result = formatMessageParts("trained {n} people", "en", {
      n: { text: "2,440", number: 2440, tag: "trained" },
    });
    expect(result.ok && result.value).toEqual([
      { text: "trained " },
      { text: "2,440", slot: "n", tag: "trained" },
      { text: " people" },
    ]);
  });

  it("says which slots it needed that were not given, only along the branch it took", () => {
    const source = "{kind, select, postponement {postponed by {decision}} other {set}}";
    const missing = formatMessageParts(source, "en", { kind: "postponement" });
    expect(missing.ok || missing.error).toMatchObject({ _tag: "MissingSlots", slots: ["decision"] });
    expect(formatMessageParts(source, "en", { kind: "dates-set" }).ok).toBe(true);
  });

  it("a syntax error says what and where", () => {
    const result = parseMessage("{n, plural, one {# country}}");
    expect(result.ok || result.error.message).toBe(
      'a plural needs an "other" branch at character 1 of "{n, plural, one {# country}}"',
    );
    expect(parseMessage("trained {n people").ok).toBe(false);
    expect(parseMessage("{n, 3}").ok).toBe(false);
  });

  it("a slot's forms apply in order, and a form no inflect knows is refused, not printed bare", () => {
    const inflect = (phrase: string, form: string) => (form === "gen" ? `${phrase}s'` : phrase);
    const source = "the work {bodies, gen, cap} did";
    const formed = formatMessageParts(source, "en", { bodies: "expert group" }, { inflect });
    expect(formed.ok && partsText(formed.value)).toBe("the work Expert groups' did");
    const refused = formatMessageParts(source, "en", { bodies: "expert group" });
    expect(refused.ok || refused.error).toMatchObject({ _tag: "FormWithoutInflect", forms: ["gen"] });
  });
});

describe("catalogs", () => {
  const SCHEMA = { countries: ["n"], wrote: ["file"] } as const;

  it("a complete catalog has no problem, and formats typed values", () => {
    const en: MessageCatalog<typeof SCHEMA> = {
      language: "en",
      messages: { countries: "{n, plural, one {# country} other {# countries}}", wrote: "Wrote {file}." },
    };
    expect(checkCatalog(SCHEMA, en)).toEqual([]);
    expect(formatMessage(en, "wrote", { file: "report.docx" })).toBe("Wrote report.docx.");
  });

  it("lists a missing message, an undeclared slot and the plural categories a language lacks or leaves out", () => {
    const ru = {
      language: "ru",
      messages: { countries: "{n, plural, one {# страна} two {# страны} other {# стран}}", extra: "{x}" },
    } as unknown as MessageCatalog<typeof SCHEMA>;
    expect(checkCatalog(SCHEMA, ru).map((problem) => `${problem.key}: ${problem.message}`)).toEqual([
      'countries: plural category "two" does not exist in ru (one, few, many, other)',
      'countries: plural leaves few, many to "other"',
      "wrote: has no message",
      "extra: is not in the schema",
    ]);
  });
});
