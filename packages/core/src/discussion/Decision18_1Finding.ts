import * as z from "zod/mini";
import type { OpeningWindow } from "../session";
import { ENGLISH_FINDINGS } from "./findings/EnglishFindings";
import { formatWording } from "./findings/FindingFormat";
import type { FindingKey, FindingValue, FindingWording as Wording } from "./findings/FindingSlots";
import { FindingWording } from "./findings/FindingSlots";

/**
 * The rules of CCPCJ decision 18/1 (guidelines for thematic discussions, 2011 guide ¶2) that
 * `checkDecision18_1` checks.
 */
export const Decision18_1Rule = z.enum([
  "nomination-deadline",
  "panel-election",
  "podium-seats",
  "independent-experts",
  "keynote-length",
  "keynote-distribution",
  "intervention-length",
  "guide-languages",
]);
/** A rule of decision 18/1. */
export type Decision18_1Rule = z.infer<typeof Decision18_1Rule>;

/** "ok": the record complies; "violation": it certainly does not; "unknown": the record cannot tell. */
export const FindingStatus = z.enum(["ok", "violation", "unknown"]);
/** The outcome of one check. */
export type FindingStatus = z.infer<typeof FindingStatus>;

/**
 * How binding a rule is in the decision's words: "requirement" where the Commission decided
 * (elections, time limits, the guide), "recommendation" where it urged or encouraged
 * (nomination deadline, distributing keynotes, regard to regional factors for experts).
 */
export const RuleLevel = z.enum(["requirement", "recommendation"]);
/** How binding a rule is. */
export type RuleLevel = z.infer<typeof RuleLevel>;

/**
 * One finding of the decision 18/1 checker: which rule, the outcome, a reason a person can act
 * on (in English), the path of the field it is about (zod-style, e.g. ["panel", "nominations",
 * 2, "on"]), and the reason's wording as data, so that `formatFindingIn` words it in any of the
 * six languages.
 */
export const Decision18_1Finding = z.strictObject({
  rule: Decision18_1Rule,
  status: FindingStatus,
  reason: z.string().check(z.minLength(1)),
  path: z.array(z.union([z.string(), z.int().check(z.nonnegative())])),
  provision: z.string().check(z.minLength(1)),
  level: RuleLevel,
  wording: z.optional(FindingWording),
});
/** One finding of the decision 18/1 checker. */
export type Decision18_1Finding = z.infer<typeof Decision18_1Finding>;

/** Where each rule stands in decision 18/1 and how binding it is. */
export const DECISION_18_1_RULES: Readonly<Record<Decision18_1Rule, { provision: string; level: RuleLevel }>> = {
  "nomination-deadline": { provision: "decision 18/1 (a)", level: "recommendation" },
  "panel-election": { provision: "decision 18/1 (a)", level: "requirement" },
  "podium-seats": { provision: "decision 18/1 (a)", level: "requirement" },
  "independent-experts": { provision: "decision 18/1 (b)", level: "recommendation" },
  "keynote-length": { provision: "decision 18/1 (c)(ii)", level: "requirement" },
  "keynote-distribution": { provision: "decision 18/1 (c)(ii)", level: "recommendation" },
  "intervention-length": { provision: "decision 18/1 (c)(v)", level: "requirement" },
  "guide-languages": { provision: "decision 18/1 (discussion guide)", level: "requirement" },
};

/**
 * Builds a finding with the rule's provision and level filled in, its wording from `key` and
 * `values`, and its English reason from that wording.
 */
export function finding(
  rule: Decision18_1Rule,
  status: FindingStatus,
  path: readonly (string | number)[],
  key: FindingKey,
  values: Readonly<Record<string, FindingValue>> = {},
): Decision18_1Finding {
  const wording: Wording = { key, values };
  const reason = formatWording(ENGLISH_FINDINGS, wording);
  return { rule, status, reason, path: [...path], ...DECISION_18_1_RULES[rule], wording };
}

/**
 * What the checker knows about the session's opening: the window of possible opening days, a
 * phrase for messages ("the session opens on 2011-04-11") and that phrase as a wording.
 */
export interface OpeningContext {
  readonly opening: OpeningWindow;
  readonly openingText: string;
  readonly openingWording: Wording;
}
