/** How much of an overlong input a message quotes: enough to recognise it, not a megabyte. */
const QUOTED_LENGTH = 60;

/** A text as a message quotes it: cut to `QUOTED_LENGTH` characters with "…" when longer. */
export function shown(text: string): string {
  return text.length <= QUOTED_LENGTH ? text : `${text.slice(0, QUOTED_LENGTH)}… (${text.length} characters)`;
}
