import type { MandateName, MandateNameParts } from "./ReportTemplates";

/**
 * The mandate naming of languages that write "act number [of body]": a declaration (or an act
 * without number) is its title or body's name; a decision or resolution is its word and number,
 * followed in the full form by the body in the form the language needs after "of".
 */
export function actAndNumberName(
  words: { readonly declaration: string; readonly decision: string; readonly resolution: string },
  ofBody: (body: string) => string,
): (parts: MandateNameParts) => MandateName {
  return ({ kind, number, body, title }) => {
    if (kind === "declaration" || number === undefined) {
      const name = title ?? body ?? words.declaration;
      return { short: name, full: name };
    }
    const act = `${kind === "decision" ? words.decision : words.resolution} ${number}`;
    return { short: act, full: body === undefined ? act : `${act} ${ofBody(body)}` };
  };
}
