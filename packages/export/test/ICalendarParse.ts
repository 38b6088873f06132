/** A small RFC 5545 reader for tests: unfolds lines and reads each event's properties. */

/** One content line: name, parameters and the value as written (still escaped). */
export interface ContentLine {
  readonly name: string;
  readonly params: Readonly<Record<string, string>>;
  readonly value: string;
}

/** An event's properties by name (the first of each). */
export type ParsedEvent = ReadonlyMap<string, ContentLine>;

/** The lines of a calendar with folding undone (CRLF followed by one space or tab). */
export function unfold(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((line) => line !== "");
}

function contentLine(line: string): ContentLine {
  const colon = line.indexOf(":");
  const [name = "", ...params] = line.slice(0, colon).split(";");
  return {
    name,
    params: Object.fromEntries(params.map((param) => param.split("=") as [string, string])),
    value: line.slice(colon + 1),
  };
}

/** The VEVENTs of a calendar, each as its properties. */
export function events(text: string): ParsedEvent[] {
  const found: Map<string, ContentLine>[] = [];
  let current: Map<string, ContentLine> | undefined;
  for (const line of unfold(text)) {
    if (line === "BEGIN:VEVENT") current = new Map();
    else if (line === "END:VEVENT" && current !== undefined) {
      found.push(current);
      current = undefined;
    } else if (current !== undefined) {
      const parsed = contentLine(line);
      if (!current.has(parsed.name)) current.set(parsed.name, parsed);
    }
  }
  return found;
}

/** A TEXT value with RFC 5545 escapes undone (`\n`, `\,`, `\;`, `\\`). */
export function unescapeText(value: string): string {
  return value.replace(/\\([nN,;\\])/g, (_, char: string) => (char === "n" || char === "N" ? "\n" : char));
}

/** The value of a property of an event, or a failure naming what is missing. */
export function property(event: ParsedEvent, name: string): ContentLine {
  const line = event.get(name);
  if (line === undefined) throw new Error(`the event has no ${name}: ${[...event.keys()].join(", ")}`);
  return line;
}
