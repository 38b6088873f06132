import { checkCatalog, parseMessage, slotNames } from "@remit/core/message";
import { describe, expect, it } from "vitest";
import { allHelpPages } from "../../test/HelpPages";
import { ioFailure, usageError } from "../failure/CliFailure";
import { UI_LANGUAGES } from "../output/UiLanguage";
import { cliMessage, cliText, say } from "./CliMessage";
import { CLI_MESSAGES } from "./CliMessages";
import { CLI_MESSAGE_SLOTS, type CliMessageKey } from "./CliMessageSchema";
import { HELP_TRANSLATIONS } from "./help/HelpTranslations";
import { helpTexts } from "./HelpTranslation";

const KEYS = Object.keys(CLI_MESSAGE_SLOTS) as CliMessageKey[];

function slotsOf(source: string): Set<string> {
  const parsed = parseMessage(source);
  return new Set(parsed.ok ? slotNames(parsed.value) : []);
}

describe("the CLI speaks the six official languages", () => {
  it.each(UI_LANGUAGES)(
    "the %s catalog has every message, each well formed with its language's plurals",
    (language) => {
      expect(CLI_MESSAGES[language].language).toBe(language);
      expect(checkCatalog(CLI_MESSAGE_SLOTS, CLI_MESSAGES[language])).toEqual([]);
    },
  );

  it.each(UI_LANGUAGES)("a %s message keeps every slot the English fills (names, files, counts)", (language) => {
    const dropped = KEYS.flatMap((key) => {
      const mine = slotsOf(CLI_MESSAGES[language].messages[key]);
      return [...slotsOf(CLI_MESSAGES.en.messages[key])]
        .filter((slot) => !mine.has(slot) && !(key === "outcome.reportsDue" && slot === "ordinal"))
        .map((slot) => `${key}: {${slot}}`);
    });
    expect(dropped).toEqual([]);
  });

  it.each(["ar", "zh", "ru"] as const)("no %s message is left in English", (language) => {
    const english = KEYS.filter(
      (key) =>
        /[a-z]{3}/.test(CLI_MESSAGES.en.messages[key]) &&
        CLI_MESSAGES[language].messages[key] === CLI_MESSAGES.en.messages[key],
    );
    // These two hold only the program's and a database's names.
    expect(english.filter((key) => key !== "cli.named" && key !== "status.postgres")).toEqual([]);
  });

  it("every text of every help page has a translation of its current English in the five other languages", async () => {
    const texts = (await allHelpPages()).flatMap(helpTexts);
    expect(texts.length).toBeGreaterThan(100);
    for (const [language, translations] of Object.entries(HELP_TRANSLATIONS)) {
      const stale = texts.filter((text) => translations[text.key]?.en !== text.en).map((text) => text.key);
      expect({ language, stale }).toEqual({ language, stale: [] });
    }
  });

  it("a failure is made without the language and worded in the reader's when printed", () => {
    const failure = ioFailure("write", "out/report.docx", Object.assign(new Error("no"), { code: "ENOENT" }));
    expect(failure.lines("en")).toEqual([
      "remit: cannot write out/report.docx: its folder does not exist; create the folder first",
    ]);
    const [french] = failure.lines("fr");
    expect(french).toContain("out/report.docx");
    expect(french).not.toContain("cannot write");
    expect(failure.lines("zh")[0]).toMatch(/out\/report\.docx.*[\u4e00-\u9fff]/u);
  });

  it("a count takes its language's plural form", () => {
    const problems = (language: "en" | "ru" | "ar", count: number) =>
      cliText(language, cliMessage("store.importRejected", { problems: count, records: 10 }));
    expect(problems("en", 1)).toContain("1 problem in");
    expect(problems("en", 2)).toContain("2 problems in");
    expect(problems("ru", 2)).not.toEqual(problems("ru", 5).replace("5", "2"));
    expect(problems("ar", 2)).not.toEqual(problems("ar", 3).replace("3", "2"));
  });

  it("the usage problems keep the program's name in every language", () => {
    for (const language of UI_LANGUAGES)
      expect(usageError(cliMessage("cli.outputName", {})).lines(language)[0]).toMatch(/^remit[ \u202f]?:/);
    expect(say("en", "cli.seeHelp", { command: "remit list" })).toBe("run 'remit list --help' for usage");
  });
});
