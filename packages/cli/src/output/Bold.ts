/**
 * Whether stdout takes colours: a terminal, and NO_COLOR unset or empty, as no-color.org asks.
 * @example colorsWanted(process.stdout.isTTY === true, process.env)
 */
export function colorsWanted(stdoutIsTty: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return stdoutIsTty && (env.NO_COLOR === undefined || env.NO_COLOR === "");
}

/** Bold where colours are wanted (a table's heading, a help section's title); else the text as it is. */
export function boldWhen(colors: boolean): (text: string) => string {
  return colors ? (text) => `\x1b[1m${text}\x1b[0m` : (text) => text;
}
