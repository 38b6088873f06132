import { formatProblemReasonIn, formatRecordProblemIn, type RecordProblem } from "@remit/core";
import { formatMessage, type MessageValue } from "@remit/core/message";
import type { UiLanguage } from "../output/UiLanguage";
import { CLI_MESSAGES } from "./CliMessages";
import type { CliMessageKey, CliMessageSlots } from "./CliMessageSchema";

/**
 * A message of the CLI's catalog with its values, not yet in words: failures are made where
 * the language is not at hand (a file that cannot be read) and put into the reader's language
 * when they are printed. A value may itself be a message (the reason inside "cannot read …").
 */
export interface CliMessage {
  readonly _tag: "CliMessage";
  readonly key: CliMessageKey;
  readonly values: Readonly<Record<string, CliMessageValue>>;
}

/** What fills a slot of a CLI message: a catalog value, or another message. */
export type CliMessageValue = MessageValue | CliMessage | RecordProblemText;

/** The values a message takes, one per slot its schema declares. */
export type CliMessageValues<K extends CliMessageKey> = {
  readonly [P in CliMessageSlots[K][number]]: CliMessageValue;
};

/**
 * A record problem, worded in the reader's language when it is printed (`formatRecordProblemIn`),
 * or only what is wrong and what was expected (`formatProblemReasonIn`) where the place is
 * already said, as a flag's name says it.
 */
export interface RecordProblemText {
  readonly _tag: "RecordProblemText";
  readonly problem: RecordProblem;
  readonly reasonOnly?: boolean;
}

/** A line to print: text that is already final (a name), a message, or a record problem. */
export type CliText = string | CliMessage | RecordProblemText;

/** Record problems as lines to print, one each, worded when they are printed. */
export function problemLines(problems: readonly RecordProblem[]): RecordProblemText[] {
  return problems.map((problem) => ({ _tag: "RecordProblemText", problem }));
}

/**
 * A message with its values, to be worded later in the reader's language.
 * @example cliMessage("io.failed", { action: "read", file: "a.csv", reason: cliMessage("io.noFile", {}) })
 */
export function cliMessage<K extends CliMessageKey>(key: K, values: CliMessageValues<K>): CliMessage {
  return { _tag: "CliMessage", key, values };
}

/** A value still to be worded in the reader's language: a message or a record problem. */
function isUnworded(value: unknown): value is CliMessage | RecordProblemText {
  const tag = typeof value === "object" && value !== null ? (value as { readonly _tag?: unknown })._tag : undefined;
  return tag === "CliMessage" || tag === "RecordProblemText";
}

/**
 * A message in words, in one of the six languages; a message inside a slot is worded first.
 * @example cliText("fr", cliMessage("cli.outputName", {})) // "-o attend un nom de fichier (ou - pour stdout)"
 */
export function cliText(language: UiLanguage, text: CliText): string {
  if (typeof text === "string") return text;
  if (text._tag === "RecordProblemText")
    return text.reasonOnly === true
      ? formatProblemReasonIn(text.problem, language)
      : formatRecordProblemIn(text.problem, language);
  const values: Record<string, MessageValue> = {};
  for (const [name, value] of Object.entries(text.values))
    values[name] = isUnworded(value) ? cliText(language, value) : value;
  return formatMessage<CliMessageSlots, CliMessageKey>(CLI_MESSAGES[language], text.key, values as never);
}

/**
 * A message in words at once, for output the command prints itself.
 * @example say("en", "progress.records", {}) // "records"
 */
export function say<K extends CliMessageKey>(language: UiLanguage, key: K, values: CliMessageValues<K>): string {
  return cliText(language, cliMessage(key, values));
}

/** A message that has no slots: a heading, a word. */
export type PlainMessageKey = {
  [K in CliMessageKey]: [CliMessageSlots[K][number]] extends [never] ? K : never;
}[CliMessageKey];

/**
 * A message without slots in words.
 * @example sayPlain("fr", "help.usage") // "UTILISATION"
 */
export function sayPlain(language: UiLanguage, key: PlainMessageKey): string {
  return cliText(language, { _tag: "CliMessage", key, values: {} });
}

/**
 * A general problem, to be printed after the program's name (`remit: …`), as compilers and
 * shells start theirs.
 */
export function named(problem: CliText): CliMessage {
  return cliMessage("cli.named", { problem });
}
