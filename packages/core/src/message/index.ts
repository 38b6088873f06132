/**
 * The message catalog format shared by the CLI and the web UI: an ICU
 * MessageFormat subset with plural rules and list joining from `Intl`, typed catalogs per
 * language, and a check of a catalog against its schema. Effect-free; safe in a browser.
 * @module
 */
// The format alone (syntax, formatting, catalogs) is also the `@remit/core/message` entry.
export * from "./MessageEntry";
export {
  checkLanguages,
  recordTexts,
  type RecordText,
  type LanguageCompleteness,
  type LanguageSources,
} from "./LanguageCompleteness";
export { storeLanguageCompleteness } from "./StoreLanguageCompleteness";
