import { Command } from "effect/cli";
import { GLOBAL_SETTINGS } from "./GlobalSettings";
import { dbCommand } from "./DbCommand";
import { checkCommand, dueCommand, lineageCommand, symbolCommand } from "./DomainCommands";
import { importCommand, validateCommand } from "./ExchangeCommands";
import { exportCommand, reportCommand } from "./OutputCommands";
import { listCommand, showCommand } from "./QueryCommands";
import { serveCommand, tokenCommand } from "./ServeCommands";
import { initCommand, seedCommand } from "./StoreCommands";
import { helpText } from "../messages/HelpTranslation";

/**
 * The `remit` command: every subcommand, with the global settings (--db, --lang, --json,
 * --jsonl, --quiet, --verbose) accepted anywhere on the line.
 */
export const remitCommand = Command.make("remit").pipe(
  Command.withDescription(helpText("remit")),
  Command.withSubcommands([
    initCommand,
    seedCommand,
    importCommand,
    validateCommand,
    listCommand,
    showCommand,
    symbolCommand,
    dueCommand,
    checkCommand,
    lineageCommand,
    reportCommand,
    exportCommand,
    dbCommand,
    serveCommand,
    tokenCommand,
  ]),
  Command.withGlobalFlags(GLOBAL_SETTINGS),
);
