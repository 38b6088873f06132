import { Console, Effect, Layer } from "effect";
import { type CliError, CliOutput } from "effect/cli";
import { ENVIRONMENT_HELP, EXIT_CODES_HELP } from "../failure/ExitCode";

function colorsWanted(): boolean {
  return process.stdout.isTTY === true && (process.env.NO_COLOR === undefined || process.env.NO_COLOR === "");
}

function section(
  title: string,
  rows: readonly (readonly [string | number, string])[],
  bold: (text: string) => string,
): string {
  const width = Math.max(...rows.map(([key]) => String(key).length));
  return [bold(title), ...rows.map(([key, text]) => `  ${String(key).padEnd(width)}  ${text}`)].join("\n");
}

/**
 * Effect CLI's help, with the EXIT CODES and ENVIRONMENT sections added to `remit --help`
 * so scripts can rely on them without reading the README.
 */
export function remitFormatter(colors: boolean = colorsWanted()): CliOutput.Formatter {
  const base = CliOutput.defaultFormatter({ colors });
  const bold = colors ? (text: string) => `\x1b[1m${text}\x1b[0m` : (text: string) => text;
  return {
    ...base,
    formatHelpDoc: (doc) => {
      const help = base.formatHelpDoc(doc);
      if (doc.commandPath !== undefined && doc.commandPath.length > 1) return help;
      return [
        help,
        "",
        section("EXIT CODES", EXIT_CODES_HELP, bold),
        "",
        section("ENVIRONMENT", ENVIRONMENT_HELP, bold),
      ].join("\n");
    },
  };
}

/** One line for a command-line error, with the suggestion when there is one. */
export function describeCliError(error: CliError.NonShowHelpErrors): string {
  const suggest = (suggestions: readonly string[]) =>
    suggestions.length === 0 ? "" : ` (did you mean ${suggestions.join(" or ")}?)`;
  switch (error._tag) {
    case "UnrecognizedOption":
      return `unknown flag ${error.option}${error.command === undefined ? "" : ` for ${error.command.join(" ")}`}${suggest(error.suggestions)}`;
    case "UnknownSubcommand":
      return `unknown command ${JSON.stringify(error.subcommand)}${error.parent === undefined ? "" : ` for ${error.parent.join(" ")}`}${suggest(error.suggestions)}`;
    default:
      return error.message.replace(/\s*\n\s*/g, " ").trim();
  }
}

/**
 * Prints an invalid command line as one line per problem on stderr, and where to find the
 * usage, instead of the whole help: `remit: unknown flag --frm (did you mean --from?)`.
 */
export const remitPresenter: CliOutput.Presenter = {
  present: (event) =>
    Effect.gen(function* () {
      if (event._tag !== "InvalidInvocation") return yield* CliOutput.defaultPresenter.present(event);
      for (const error of event.errors) yield* Console.error(`remit: ${describeCliError(error)}`);
      yield* Console.error(`remit: run '${event.commandPath.join(" ")} --help' for usage`);
    }),
};

/** The formatter and presenter of `remit`, as a layer for `main`. */
export const remitOutputLayer = Layer.mergeAll(
  CliOutput.layer(remitFormatter()),
  CliOutput.layerPresenter(remitPresenter),
);
