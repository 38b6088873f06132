import { Console, Effect, Layer } from "effect";
import { type CliError, CliOutput } from "effect/cli";
import { ENVIRONMENT_HELP, EXIT_CODES_HELP } from "../failure/ExitCode";
import { say, sayPlain, type PlainMessageKey } from "../messages/CliMessage";
import { HELP_TRANSLATIONS } from "../messages/help/HelpTranslations";
import { translateHelpDoc } from "../messages/HelpTranslation";
import { boldWhen, colorsWanted } from "../output/Bold";
import { languageOfCommandLine, type UiLanguage } from "../output/UiLanguage";

function section(
  title: string,
  rows: readonly (readonly [string | number, string])[],
  bold: (text: string) => string,
): string {
  const width = Math.max(...rows.map(([key]) => String(key).length));
  return [bold(title), ...rows.map(([key, text]) => `  ${String(key).padEnd(width)}  ${text}`)].join("\n");
}

// The headings Effect's formatter writes in English, and the messages that word them.
const HEADINGS: readonly (readonly [string, PlainMessageKey])[] = [
  ["DESCRIPTION", "help.description"],
  ["USAGE", "help.usage"],
  ["ARGUMENTS", "help.arguments"],
  ["FLAGS", "help.flags"],
  ["INHERITED FLAGS", "help.inheritedFlags"],
  ["GLOBAL FLAGS", "help.globalFlags"],
  ["SUBCOMMANDS", "help.subcommands"],
  ["EXAMPLES", "help.examples"],
];

// The escape that starts an ANSI colour code, written out so no control character sits in a pattern.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

/** The help page's English headings and "(optional)" marks, in the reader's language. */
function translateFrame(help: string, language: UiLanguage, bold: (text: string) => string): string {
  if (language === "en") return help;
  const headings = new Map(HEADINGS.map(([english, key]) => [english, sayPlain(language, key)]));
  const optional = sayPlain(language, "help.optional");
  return help
    .split("\n")
    .map((line) => {
      const heading = headings.get(line.replace(ANSI, ""));
      return heading === undefined ? line.replaceAll(" (optional)", ` ${optional}`) : bold(heading);
    })
    .join("\n");
}

/**
 * Effect CLI's help in the reader's language (`--lang`, REMIT_LANG or the locale), with the
 * EXIT CODES and ENVIRONMENT sections added to `remit --help` so scripts can rely on them
 * without reading the README. Usage lines, flags and examples are commands and stay as typed.
 */
function remitFormatter(
  language: UiLanguage = languageOfCommandLine(process.argv, process.env),
  colors: boolean = colorsWanted(process.stdout.isTTY === true, process.env),
): CliOutput.Formatter {
  const base = CliOutput.defaultFormatter({ colors });
  const bold = boldWhen(colors);
  const translations = language === "en" ? undefined : HELP_TRANSLATIONS[language];
  return {
    ...base,
    formatHelpDoc: (doc) => {
      const help = translateFrame(
        base.formatHelpDoc(translations === undefined ? doc : translateHelpDoc(doc, translations)),
        language,
        bold,
      );
      if (doc.commandPath !== undefined && doc.commandPath.length > 1) return help;
      const words = (rows: readonly (readonly [string | number, PlainMessageKey])[]) =>
        rows.map(([name, key]) => [name, sayPlain(language, key)] as const);
      return [
        help,
        "",
        section(sayPlain(language, "help.exitCodes"), words(EXIT_CODES_HELP), bold),
        "",
        section(sayPlain(language, "help.environment"), words(ENVIRONMENT_HELP), bold),
      ].join("\n");
    },
  };
}

/** Effect's English message of a command-line error, on one line. */
function effectWording(error: CliError.NonShowHelpErrors): string {
  return error.message.replace(/\s*\n\s*/g, " ").trim();
}

/** One line for a command-line error, with the suggestion when there is one, in the reader's language. */
function describeCliError(error: CliError.NonShowHelpErrors, language: UiLanguage = "en"): string {
  const suggest = (suggestions: readonly string[]) =>
    suggestions.length === 0 ? "" : say(language, "cli.didYouMean", { suggestions });
  switch (error._tag) {
    case "UnrecognizedOption":
      return (
        (error.command === undefined
          ? say(language, "cli.unknownFlag", { flag: error.option })
          : say(language, "cli.unknownFlagOf", { flag: error.option, command: error.command.join(" ") })) +
        suggest(error.suggestions)
      );
    case "UnknownSubcommand":
      return (
        (error.parent === undefined
          ? say(language, "cli.unknownCommand", { command: error.subcommand })
          : say(language, "cli.unknownCommandOf", { command: error.subcommand, parent: error.parent.join(" ") })) +
        suggest(error.suggestions)
      );
    case "MissingOption":
      return say(language, "cli.missingFlag", { flag: error.option });
    case "MissingArgument":
      return say(language, "cli.missingArgument", { argument: error.argument });
    case "UnexpectedArgument":
      return say(language, "cli.unexpectedArguments", {
        arguments: error.arguments.map((value) => `"${value}"`),
        count: error.arguments.length,
      });
    case "InvalidValue":
      // What the value should be is Effect's English wording of the flag's schema: English only.
      return language === "en"
        ? effectWording(error)
        : say(language, "cli.invalidValue", {
            value: `"${error.value}"`,
            flag: error.kind === "flag" ? `--${error.option}` : `<${error.option}>`,
          });
    default:
      // Effect's own wording of what remains (a flag claimed twice, a validation it ran).
      return effectWording(error);
  }
}

/**
 * Prints an invalid command line as one line per problem on stderr, and where to find the
 * usage, instead of the whole help: `remit: unknown flag --frm (did you mean --from?)`.
 */
function remitPresenter(language: UiLanguage = languageOfCommandLine(process.argv, process.env)): CliOutput.Presenter {
  return {
    present: (event) =>
      Effect.gen(function* () {
        if (event._tag !== "InvalidInvocation") return yield* CliOutput.defaultPresenter.present(event);
        for (const error of event.errors) yield* Console.error(`remit: ${describeCliError(error, language)}`);
        yield* Console.error(`remit: ${say(language, "cli.seeHelp", { command: event.commandPath.join(" ") })}`);
      }),
  };
}

/** The formatter and presenter of `remit`, as a layer for `main`. */
export const remitOutputLayer = Layer.mergeAll(
  CliOutput.layer(remitFormatter()),
  CliOutput.layerPresenter(remitPresenter()),
);
