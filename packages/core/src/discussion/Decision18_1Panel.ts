import { REGIONAL_GROUPS } from "../geo";
import type { RegionalGroup } from "../geo";
import type { Decision18_1Finding, OpeningContext } from "./Decision18_1Finding";
import { finding } from "./Decision18_1Finding";
import { deadlineBefore, deadlineWording, meetsDeadline } from "./Deadline";
import type { FindingWording } from "./findings/FindingSlots";
import type { Nomination, Panel } from "./Panel";
import { EMPTY_PANEL } from "./Panel";

/**
 * Decision 18/1 (a): nominations at least two months before the session. One finding per
 * nomination; a single "unknown" when none is recorded.
 */
export function checkNominations(panel: Panel | undefined, context: OpeningContext): Decision18_1Finding[] {
  const { nominations } = panel ?? EMPTY_PANEL;
  const deadline = deadlineBefore(context.opening, 2);
  const due = deadlineWording(deadline, 2, context.openingWording);
  if (nominations.length === 0) {
    return [finding("nomination-deadline", "unknown", ["panel", "nominations"], "nomination.none", { due })];
  }
  return nominations.map((nomination, index) => {
    const path = ["panel", "nominations", index, "on"];
    const who = describeNomination(nomination, index);
    if (nomination.on === undefined) {
      return finding("nomination-deadline", "unknown", path, "nomination.noDate", { who, due });
    }
    const values = { who, on: nomination.on, due };
    switch (meetsDeadline(nomination.on, deadline)) {
      case "on-time":
        return finding("nomination-deadline", "ok", path, "nomination.onTime", values);
      case "late":
        return finding("nomination-deadline", "violation", path, "nomination.late", values);
      case "undetermined":
        return finding("nomination-deadline", "unknown", path, "nomination.undetermined", values);
    }
  });
}

function describeNomination(nomination: Nomination, index: number): FindingWording {
  const by: FindingWording =
    nomination.nominatedBy.kind === "member-state"
      ? { key: "by.state", values: { country: nomination.nominatedBy.country } }
      : { key: "by.group", values: { group: { groups: [nomination.nominatedBy.regionalGroup] } } };
  return nomination.nominee !== undefined
    ? { key: "who.nominationOf", values: { index: index + 1, by, nominee: nomination.nominee } }
    : { key: "who.nomination", values: { index: index + 1, by } };
}

/**
 * Decision 18/1 (a): panellists are elected one month before the session. Read as "at least one
 * month before": an election earlier than that is on time, a later one is a violation.
 */
export function checkElection(panel: Panel | undefined, context: OpeningContext): Decision18_1Finding {
  const path = ["panel", "electedOn"];
  const deadline = deadlineBefore(context.opening, 1);
  const due = deadlineWording(deadline, 1, context.openingWording);
  const electedOn = panel?.electedOn;
  if (electedOn === undefined) return finding("panel-election", "unknown", path, "election.none", { due });
  const values = { on: electedOn, due };
  switch (meetsDeadline(electedOn, deadline)) {
    case "on-time":
      return finding("panel-election", "ok", path, "election.onTime", values);
    case "late":
      return finding("panel-election", "violation", path, "election.late", values);
    case "undetermined":
      return finding("panel-election", "unknown", path, "election.undetermined", values);
  }
}

/** Decision 18/1 (a): the regional groups get five podium seats, one per group. */
export function checkPodium(panel: Panel | undefined): Decision18_1Finding {
  const path = ["panel", "podiumSeats"];
  const seats = panel?.podiumSeats ?? [];
  if (seats.length === 0) {
    return finding("podium-seats", "unknown", path, "podium.none");
  }
  const counts = new Map<RegionalGroup, number>();
  seats.forEach((seat) => counts.set(seat.regionalGroup, (counts.get(seat.regionalGroup) ?? 0) + 1));
  const missing = REGIONAL_GROUPS.filter((group) => !counts.has(group));
  const duplicated = REGIONAL_GROUPS.filter((group) => (counts.get(group) ?? 0) > 1);
  if (missing.length === 0 && duplicated.length === 0) {
    return finding("podium-seats", "ok", path, "podium.ok");
  }
  const problems: FindingWording[] = [
    ...(missing.length > 0 ? [{ key: "podium.noSeat" as const, values: { groups: { groups: missing } } }] : []),
    ...duplicated.map((group) => ({
      key: "podium.seatsFor" as const,
      values: { count: counts.get(group) ?? 0, group: { groups: [group] } },
    })),
  ];
  return finding("podium-seats", "violation", path, "podium.violation", {
    seats: seats.length,
    problems: { phrases: problems, separator: "semicolon" },
  });
}

/**
 * Decision 18/1 (b): independent experts are invited with regard to regional factors. The
 * decision sets no measure of balance, so only a clear case is judged: two or more experts
 * whose regional groups are all recorded are unbalanced when they all come from one group.
 */
export function checkIndependentExperts(panel: Panel | undefined): Decision18_1Finding {
  const path = ["panel", "independentExperts"];
  const experts = panel?.independentExperts ?? [];
  if (experts.length === 0) {
    return finding("independent-experts", "unknown", path, "experts.none");
  }
  const unplaced = experts.flatMap((expert, index) => (expert.regionalGroup === undefined ? [index + 1] : []));
  if (unplaced.length > 0) {
    return finding("independent-experts", "unknown", path, "experts.unplaced", { experts: unplaced.join(", ") });
  }
  const groups = [...new Set(experts.flatMap((expert) => expert.regionalGroup ?? []))];
  if (experts.length === 1) {
    return finding("independent-experts", "unknown", path, "experts.single", { group: { groups } });
  }
  if (groups.length === 1) {
    return finding("independent-experts", "violation", path, "experts.oneGroup", {
      count: experts.length,
      group: { groups },
    });
  }
  return finding("independent-experts", "ok", path, "experts.ok", {
    count: experts.length,
    groupCount: groups.length,
    groups: { groups },
  });
}
