import { checkCatalog, LANGUAGES, messageSchemaOf, type Language, type MessageCatalog } from "@remit/core";
import { describe, expect, it } from "vitest";
import { AR } from "../src/web/i18n/ar";
import { EN } from "../src/web/i18n/en";
import { ES } from "../src/web/i18n/es";
import { FR } from "../src/web/i18n/fr";
import { RU } from "../src/web/i18n/ru";
import type { UiMessageSlots } from "../src/web/i18n/UiMessages";
import { ZH } from "../src/web/i18n/zh";

// The English catalog declares each key and its slots.
const UI_MESSAGE_SLOTS = messageSchemaOf(EN.messages);

const UI_CATALOGS: Readonly<Record<Language, MessageCatalog<UiMessageSlots>>> = {
  ar: AR,
  zh: ZH,
  en: EN,
  fr: FR,
  ru: RU,
  es: ES,
};

describe("the app's message catalogs", () => {
  it.each(LANGUAGES)("has every message in %s, each parsing, with its plurals", (language) => {
    expect(checkCatalog(UI_MESSAGE_SLOTS, UI_CATALOGS[language])).toEqual([]);
  });

  it("leaks no English into the other languages' messages", () => {
    // The app's name, and messages that are only slots and punctuation, read the same everywhere.
    // Format names are the formats' own (CSV, JSON, iCalendar), the same in every language.
    const sameEverywhere = [
      "appName",
      "dashboardTitle",
      "regionYear",
      "listSeparator",
      "formatCsv",
      "formatJson",
      "formatJsonl",
      "formatIati",
      "formatIcs",
    ];
    // Words French shares with English.
    const cognates: Readonly<Record<string, readonly string[]>> = {
      fr: [
        "navSessions",
        "sources",
        "sessionsTitle",
        "columnSession",
        "columnDates",
        "columnFormat",
        "agendaSymbol",
        "questionCount",
      ],
    };
    const english = UI_CATALOGS.en.messages;
    for (const language of LANGUAGES.filter((code) => code !== "en")) {
      const same = Object.entries(UI_CATALOGS[language].messages)
        .filter(([key, text]) => text === english[key as keyof typeof english])
        .map(([key]) => key);
      const leaked = same.filter((key) => !sameEverywhere.includes(key) && !(cognates[language] ?? []).includes(key));
      expect(leaked, language).toEqual([]);
    }
  });
});
