import * as z from "zod/mini";

/**
 * What an operative paragraph asks for. The substantive action when the paragraph names one
 * ("provide-technical-assistance", "report", "convene", "act-as-repository", "establish",
 * "explore", "contribute-resources"); otherwise the operative verb itself, when the
 * paragraph is only an exhortation or a decision ("encourage", "urge", "request", "invite",
 * "decide", "reaffirm", "endorse", "postpone", "continue").
 * @example MandateAction.parse("provide-technical-assistance")
 */
export const MandateAction = z.enum([
  "provide-technical-assistance",
  "report",
  "convene",
  "act-as-repository",
  "establish",
  "explore",
  "contribute-resources",
  "continue",
  "encourage",
  "urge",
  "request",
  "invite",
  "decide",
  "reaffirm",
  "endorse",
  "postpone",
]);
/** What an operative paragraph asks for. */
export type MandateAction = z.infer<typeof MandateAction>;

/**
 * Actions the adopting body performs itself by adopting the text, so that the provision may
 * ask no one: GA resolution 74/247 establishes the ad hoc committee (2021 report ¶10), a
 * decision decides a theme or postpones a session, a resolution endorses a declaration or
 * reaffirms a role. A provision with any other action names at least one addressee.
 * @example SELF_EXECUTING_ACTIONS.has("establish") // true
 */
export const SELF_EXECUTING_ACTIONS: ReadonlySet<MandateAction> = new Set<MandateAction>([
  "establish",
  "decide",
  "endorse",
  "reaffirm",
  "postpone",
]);
