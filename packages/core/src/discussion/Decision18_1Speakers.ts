import type { Decision18_1Finding, Decision18_1Rule } from "./Decision18_1Finding";
import { finding } from "./Decision18_1Finding";
import type { FindingWording } from "./findings/FindingSlots";
import type { SpeakerEntry, SpeakerKind } from "./SpeakersList";
import { INTERVENTION_LIMIT_SECONDS, KEYNOTE_LIMIT_SECONDS, judgedSeconds } from "./SpeakersList";

interface TimeLimit {
  readonly rule: Decision18_1Rule;
  readonly kind: SpeakerKind;
  readonly seconds: number;
}

const KEYNOTE: TimeLimit = { rule: "keynote-length", kind: "keynote", seconds: KEYNOTE_LIMIT_SECONDS };
const INTERVENTION: TimeLimit = {
  rule: "intervention-length",
  kind: "intervention",
  seconds: INTERVENTION_LIMIT_SECONDS,
};

/** "600 seconds (10 min)", "330 seconds (5 min 30 s)" as a wording. */
function duration(seconds: number): FindingWording {
  const min = Math.floor(seconds / 60);
  const sec = seconds % 60;
  return sec === 0
    ? { key: "seconds.whole", values: { seconds, min } }
    : { key: "seconds.part", values: { seconds, min, sec } };
}

function describeSpeaker(entry: SpeakerEntry, noun: SpeakerKind, index: number): FindingWording {
  if (entry.speaker !== undefined) {
    return { key: "who.speakerNamed", values: { noun, index, speaker: entry.speaker } };
  }
  if (entry.regionalGroup !== undefined) {
    return { key: "who.speakerOfGroup", values: { noun, index, group: { groups: [entry.regionalGroup] } } };
  }
  return { key: "who.speaker", values: { noun, index } };
}

function checkLimit(speakers: readonly SpeakerEntry[], limit: TimeLimit): Decision18_1Finding[] {
  const entries = speakers.flatMap((entry, index) => (entry.kind === limit.kind ? [{ entry, index }] : []));
  const bound = duration(limit.seconds);
  if (entries.length === 0) {
    return [finding(limit.rule, "unknown", ["speakersList"], "limit.none", { noun: limit.kind, bound })];
  }
  return entries.map(({ entry, index }) => {
    const who = describeSpeaker(entry, limit.kind, index);
    const judged = judgedSeconds(entry);
    if (judged === undefined) {
      return finding(limit.rule, "unknown", ["speakersList", index, "usedSeconds"], "limit.noDuration", { who, bound });
    }
    const path = ["speakersList", index, judged.basis === "used" ? "usedSeconds" : "plannedSeconds"];
    const values = { who, basis: judged.basis, time: duration(judged.seconds), bound };
    return judged.seconds > limit.seconds
      ? finding(limit.rule, "violation", path, "limit.over", { ...values, excess: judged.seconds - limit.seconds })
      : finding(limit.rule, "ok", path, "limit.within", values);
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
    return [finding("keynote-distribution", "unknown", ["speakersList"], "distribution.none")];
  }
  return keynotes.map(({ entry, index }) => {
    const values = { who: describeSpeaker(entry, "keynote", index) };
    const path = ["speakersList", index, "distributedInAdvance"];
    switch (entry.distributedInAdvance) {
      case true:
        return finding("keynote-distribution", "ok", path, "distribution.ok", values);
      case false:
        return finding("keynote-distribution", "violation", path, "distribution.violation", values);
      case undefined:
        return finding("keynote-distribution", "unknown", path, "distribution.unknown", values);
    }
  });
}
