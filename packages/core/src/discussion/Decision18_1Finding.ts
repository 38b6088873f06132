import * as z from "zod";
import type { OpeningWindow } from "../session";

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
 * on, and the path of the field it is about (zod-style, e.g. ["panel", "nominations", 2, "on"]).
 */
export const Decision18_1Finding = z
  .object({
    rule: Decision18_1Rule,
    status: FindingStatus,
    reason: z.string().min(1),
    path: z.array(z.union([z.string(), z.int().nonnegative()])),
    provision: z.string().min(1),
    level: RuleLevel,
  })
  .strict();
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

/** Builds a finding with the rule's provision and level filled in. */
export function finding(
  rule: Decision18_1Rule,
  status: FindingStatus,
  path: readonly (string | number)[],
  reason: string,
): Decision18_1Finding {
  return { rule, status, reason, path: [...path], ...DECISION_18_1_RULES[rule] };
}

/**
 * What the checker knows about the session's opening: the window of possible opening days and
 * a phrase for messages ("the session opens on 2011-04-11").
 */
export interface OpeningContext {
  readonly opening: OpeningWindow;
  readonly openingText: string;
}
