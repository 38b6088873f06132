import type { MessageCatalog } from "@remit/core/message";
import type { UiLanguage } from "../output/UiLanguage";
import { ARABIC_CLI_MESSAGES } from "./ar";
import type { CliMessageSlots } from "./CliMessageSchema";
import { ENGLISH_CLI_MESSAGES } from "./en";
import { SPANISH_CLI_MESSAGES } from "./es";
import { FRENCH_CLI_MESSAGES } from "./fr";
import { RUSSIAN_CLI_MESSAGES } from "./ru";
import { CHINESE_CLI_MESSAGES } from "./zh";

/** The CLI's messages in each of the six official languages. */
export const CLI_MESSAGES: Readonly<Record<UiLanguage, MessageCatalog<CliMessageSlots>>> = {
  ar: ARABIC_CLI_MESSAGES,
  zh: CHINESE_CLI_MESSAGES,
  en: ENGLISH_CLI_MESSAGES,
  fr: FRENCH_CLI_MESSAGES,
  ru: RUSSIAN_CLI_MESSAGES,
  es: SPANISH_CLI_MESSAGES,
};
