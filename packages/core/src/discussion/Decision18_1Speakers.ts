import type { Decision18_1Finding, Decision18_1Rule } from "./Decision18_1Finding";
import { finding } from "./Decision18_1Finding";
import type { SpeakerEntry, SpeakerKind } from "./SpeakersList";
import { INTERVENTION_LIMIT_SECONDS, KEYNOTE_LIMIT_SECONDS, judgedSeconds } from "./SpeakersList";

interface TimeLimit {
  readonly rule: Decision18_1Rule;
  readonly kind: SpeakerKind;
  readonly seconds: number;
  readonly noun: string;
}

const KEYNOTE: TimeLimit = { rule: "keynote-length", kind: "keynote", seconds: KEYNOTE_LIMIT_SECONDS, noun: "keynote" };
const INTERVENTION: TimeLimit = {
  rule: "intervention-length",
  kind: "intervention",
  seconds: INTERVENTION_LIMIT_SECONDS,
  noun: "intervention",
};

function minutes(seconds: number): string {
  const whole = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${whole} min` : `${whole} min ${rest} s`;
}

function describeSpeaker(entry: SpeakerEntry, noun: string, index: number): string {
  const by =
    entry.speaker ?? (entry.regionalGroup !== undefined ? `a speaker of the ${entry.regionalGroup} group` : undefined);
  return `${noun} at speakersList[${index}]${by !== undefined ? ` (${by})` : ""}`;
}

function checkLimit(speakers: readonly SpeakerEntry[], limit: TimeLimit): Decision18_1Finding[] {
  const entries = speakers.flatMap((entry, index) => (entry.kind === limit.kind ? [{ entry, index }] : []));
  const bound = `${limit.seconds} seconds (${minutes(limit.seconds)})`;
  if (entries.length === 0) {
    return [
      finding(
        limit.rule,
        "unknown",
        ["speakersList"],
        `no ${limit.noun}s are recorded in the speakers' list; nothing to check against the ${bound} limit`,
      ),
    ];
  }
  return entries.map(({ entry, index }) => {
    const who = describeSpeaker(entry, limit.noun, index);
    const judged = judgedSeconds(entry);
    if (judged === undefined) {
      return finding(
        limit.rule,
        "unknown",
        ["speakersList", index, "usedSeconds"],
        `${who} has no recorded duration; record usedSeconds to check the ${bound} limit`,
      );
    }
    const path = ["speakersList", index, judged.basis === "used" ? "usedSeconds" : "plannedSeconds"];
    const took = `${judged.basis === "used" ? "took" : "is planned for"} ${judged.seconds} seconds (${minutes(judged.seconds)})`;
    return judged.seconds > limit.seconds
      ? finding(
          limit.rule,
          "violation",
          path,
          `${who} ${took}, over the ${bound} limit by ${judged.seconds - limit.seconds} seconds`,
        )
      : finding(limit.rule, "ok", path, `${who} ${took}, within the ${bound} limit`);
  });
}

/** Decision 18/1 (c)(ii): each keynote presentation at most 10 minutes (time used, else planned). */
export function checkKeynoteLength(speakers: readonly SpeakerEntry[]): Decision18_1Finding[] {
  return checkLimit(speakers, KEYNOTE);
}

/** Decision 18/1 (c)(v): each intervention at most 5 minutes (time used, else planned). */
export function checkInterventionLength(speakers: readonly SpeakerEntry[]): Decision18_1Finding[] {
  return checkLimit(speakers, INTERVENTION);
}

/** Decision 18/1 (c)(ii): panellists are encouraged to distribute their keynotes in advance. */
export function checkKeynoteDistribution(speakers: readonly SpeakerEntry[]): Decision18_1Finding[] {
  const keynotes = speakers.flatMap((entry, index) => (entry.kind === "keynote" ? [{ entry, index }] : []));
  if (keynotes.length === 0) {
    return [
      finding(
        "keynote-distribution",
        "unknown",
        ["speakersList"],
        "no keynotes are recorded in the speakers' list, so advance distribution cannot be checked",
      ),
    ];
  }
  return keynotes.map(({ entry, index }) => {
    const who = describeSpeaker(entry, "keynote", index);
    const path = ["speakersList", index, "distributedInAdvance"];
    switch (entry.distributedInAdvance) {
      case true:
        return finding("keynote-distribution", "ok", path, `${who} was distributed in advance`);
      case false:
        return finding(
          "keynote-distribution",
          "violation",
          path,
          `${who} was not distributed in advance, as decision 18/1 encourages panellists to do`,
        );
      case undefined:
        return finding(
          "keynote-distribution",
          "unknown",
          path,
          `${who}: whether it was distributed in advance is not recorded; set distributedInAdvance`,
        );
    }
  });
}
