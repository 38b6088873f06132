import * as z from "zod";

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
