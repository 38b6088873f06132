import type { UiLanguage } from "../../output/UiLanguage";
import type { HelpTranslations } from "../HelpTranslation";
import { ARABIC_HELP } from "./ar";
import { SPANISH_HELP } from "./es";
import { FRENCH_HELP } from "./fr";
import { RUSSIAN_HELP } from "./ru";
import { CHINESE_HELP } from "./zh";

/** The help of `remit` in the five languages besides English, in which its commands are defined. */
export const HELP_TRANSLATIONS: Readonly<Record<Exclude<UiLanguage, "en">, HelpTranslations>> = {
  ar: ARABIC_HELP,
  zh: CHINESE_HELP,
  fr: FRENCH_HELP,
  ru: RUSSIAN_HELP,
  es: SPANISH_HELP,
};
