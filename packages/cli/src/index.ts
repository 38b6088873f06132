/**
 * @remit/cli: the `remit` command as a library, for embedding it in another Effect CLI or
 * testing it in-process. Most people run the `remit` executable instead (see the README).
 * @packageDocumentation
 */
export { remitCommand } from "./command/RemitCommand";
export type { CliFailure } from "./failure/CliFailure";
export {
  cliMessage,
  cliText,
  type CliMessage,
  type CliMessageValue,
  type CliMessageValues,
  type CliText,
  type RecordProblemText,
} from "./messages/CliMessage";
export { CLI_MESSAGE_SLOTS, type CliMessageKey, type CliMessageSlots } from "./messages/CliMessageSchema";
export { REMIT_VERSION } from "./command/Version";
export { EXIT_CODES, type ExitCode } from "./failure/ExitCode";
export { storeLocation, DEFAULT_DB, type StoreLocation, type StoreLocationResult } from "./store/StoreLocation";
export {
  chooseLanguage,
  UI_LANGUAGES,
  type UiLanguage,
  type LanguageChoice,
  type LanguageSource,
  type UnknownLanguage,
} from "./output/UiLanguage";
