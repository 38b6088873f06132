import { REGIONAL_GROUPS } from "../geo";
import type { RegionalGroup } from "../geo";
import type { Decision18_1Finding, OpeningContext } from "./Decision18_1Finding";
import { finding } from "./Decision18_1Finding";
import { deadlineBefore, describeDeadline, meetsDeadline } from "./Deadline";
import type { Nomination, Panel } from "./Panel";
import { EMPTY_PANEL } from "./Panel";

/**
 * Decision 18/1 (a): nominations at least two months before the session. One finding per
 * nomination; a single "unknown" when none is recorded.
 */
export function checkNominations(panel: Panel | undefined, context: OpeningContext): Decision18_1Finding[] {
  const { nominations } = panel ?? EMPTY_PANEL;
  const deadline = deadlineBefore(context.opening, 2);
  const due = describeDeadline(deadline, 2, context.openingText);
  if (nominations.length === 0) {
    return [
      finding(
        "nomination-deadline",
        "unknown",
        ["panel", "nominations"],
        `no nominations are recorded; add them to panel.nominations with their dates to check them against ${due}`,
      ),
    ];
  }
  return nominations.map((nomination, index) => {
    const path = ["panel", "nominations", index, "on"];
    const who = describeNomination(nomination, index);
    if (nomination.on === undefined) {
      return finding(
        "nomination-deadline",
        "unknown",
        path,
        `${who} has no date; record its "on" date to check it against ${due}`,
      );
    }
    switch (meetsDeadline(nomination.on, deadline)) {
      case "on-time":
        return finding("nomination-deadline", "ok", path, `${who} was made on ${nomination.on}, no later than ${due}`);
      case "late":
        return finding(
          "nomination-deadline",
          "violation",
          path,
          `${who} was made on ${nomination.on}, after ${due}; decision 18/1 urges nominations at least two months before the session`,
        );
      case "undetermined":
        return finding(
          "nomination-deadline",
          "unknown",
          path,
          `${who} on ${nomination.on} cannot be judged against ${due}; record both to the day`,
        );
    }
  });
}

function describeNomination(nomination: Nomination, index: number): string {
  const by =
    nomination.nominatedBy.kind === "member-state"
      ? nomination.nominatedBy.country
      : `the ${nomination.nominatedBy.regionalGroup} group`;
  const of = nomination.nominee !== undefined ? ` of ${nomination.nominee}` : "";
  return `nomination ${index + 1} (by ${by}${of})`;
}

/**
 * Decision 18/1 (a): panellists are elected one month before the session. Read as "at least one
 * month before": an election earlier than that is on time, a later one is a violation.
 */
export function checkElection(panel: Panel | undefined, context: OpeningContext): Decision18_1Finding {
  const path = ["panel", "electedOn"];
  const deadline = deadlineBefore(context.opening, 1);
  const due = describeDeadline(deadline, 1, context.openingText);
  const electedOn = panel?.electedOn;
  if (electedOn === undefined) {
    return finding(
      "panel-election",
      "unknown",
      path,
      `the panel's election date is not recorded; set panel.electedOn to check it against ${due}`,
    );
  }
  switch (meetsDeadline(electedOn, deadline)) {
    case "on-time":
      return finding("panel-election", "ok", path, `the panellists were elected on ${electedOn}, no later than ${due}`);
    case "late":
      return finding(
        "panel-election",
        "violation",
        path,
        `the panellists were elected on ${electedOn}, after ${due}; decision 18/1 has them elected one month before the session`,
      );
    case "undetermined":
      return finding(
        "panel-election",
        "unknown",
        path,
        `the election on ${electedOn} cannot be judged against ${due}; record both to the day`,
      );
  }
}

/** Decision 18/1 (a): the regional groups get five podium seats, one per group. */
export function checkPodium(panel: Panel | undefined): Decision18_1Finding {
  const path = ["panel", "podiumSeats"];
  const seats = panel?.podiumSeats ?? [];
  if (seats.length === 0) {
    return finding(
      "podium-seats",
      "unknown",
      path,
      "no podium seats are recorded; add the regional groups' seats to panel.podiumSeats",
    );
  }
  const counts = new Map<RegionalGroup, number>();
  seats.forEach((seat) => counts.set(seat.regionalGroup, (counts.get(seat.regionalGroup) ?? 0) + 1));
  const missing = REGIONAL_GROUPS.filter((group) => !counts.has(group));
  const duplicated = REGIONAL_GROUPS.filter((group) => (counts.get(group) ?? 0) > 1);
  if (missing.length === 0 && duplicated.length === 0) {
    return finding("podium-seats", "ok", path, "five podium seats, one for each regional group");
  }
  const problems = [
    ...(missing.length > 0 ? [`no seat for ${missing.join(", ")}`] : []),
    ...duplicated.map((group) => `${counts.get(group)} seats for ${group}`),
  ];
  return finding(
    "podium-seats",
    "violation",
    path,
    `the podium has ${seats.length} regional-group seats: ${problems.join("; ")}; decision 18/1 gives each of the five regional groups one of five seats`,
  );
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
    return finding(
      "independent-experts",
      "unknown",
      path,
      "no independent experts are recorded, so regional balance cannot be judged",
    );
  }
  const unplaced = experts.flatMap((expert, index) => (expert.regionalGroup === undefined ? [index + 1] : []));
  if (unplaced.length > 0) {
    return finding(
      "independent-experts",
      "unknown",
      path,
      `independent expert(s) ${unplaced.join(", ")} have no regional group; record regionalGroup for every expert to judge regional balance`,
    );
  }
  const groups = [...new Set(experts.map((expert) => expert.regionalGroup))];
  if (experts.length === 1) {
    return finding(
      "independent-experts",
      "unknown",
      path,
      `a single independent expert (${groups.join("")}) cannot show regional balance either way`,
    );
  }
  if (groups.length === 1) {
    return finding(
      "independent-experts",
      "violation",
      path,
      `all ${experts.length} independent experts come from the ${groups.join("")} group; decision 18/1 asks for regard to regional factors when inviting them`,
    );
  }
  return finding(
    "independent-experts",
    "ok",
    path,
    `the ${experts.length} independent experts come from ${groups.length} regional groups: ${groups.join(", ")}`,
  );
}
