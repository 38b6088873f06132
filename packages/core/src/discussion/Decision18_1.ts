import type { Session } from "../session";
import { currentDates, openingWindow } from "../session";
import type { Decision18_1Finding, OpeningContext } from "./Decision18_1Finding";
import { ENGLISH_FINDINGS } from "./findings/EnglishFindings";
import { formatWording } from "./findings/FindingFormat";
import type { FindingWording } from "./findings/FindingSlots";
import { windowWording } from "./Deadline";
import { checkGuideLanguages } from "./Decision18_1Guide";
import { checkElection, checkIndependentExperts, checkNominations, checkPodium } from "./Decision18_1Panel";
import { checkInterventionLength, checkKeynoteDistribution, checkKeynoteLength } from "./Decision18_1Speakers";
import type { ThematicDiscussion } from "./ThematicDiscussion";

/**
 * The session's opening as the checker uses it: its current dates (after any reschedule). A
 * session other than the discussion's own gives no opening, so no date rule is judged on it.
 */
export function openingContext(discussion: ThematicDiscussion, session: Session): OpeningContext {
  const worded = (opening: OpeningContext["opening"], openingWording: FindingWording): OpeningContext => ({
    opening,
    openingText: formatWording(ENGLISH_FINDINGS, openingWording),
    openingWording,
  });
  if (discussion.sessionId !== session.id) {
    return worded({}, { key: "opening.otherSession", values: { given: session.id, own: discussion.sessionId } });
  }
  const dates = currentDates(session);
  const opening = openingWindow(dates);
  const when = windowWording(opening);
  return worded(
    opening,
    when === undefined
      ? { key: "opening.notKnown", values: { dates: { dates } } }
      : { key: opening.earliest === opening.latest ? "opening.on" : "opening.within", values: { when } },
  );
}

/**
 * Checks a thematic discussion against CCPCJ decision 18/1 as the 2011 guide ¶2 states it, and
 * returns every finding, each "ok", "violation" or "unknown" with a reason and a field path:
 * - nomination-deadline: each nomination at least two months before the session opens;
 * - panel-election: panellists elected at least one month before (see `checkElection`);
 * - podium-seats: five seats, one per regional group;
 * - independent-experts: regional balance, where it can be judged;
 * - keynote-length and keynote-distribution: at most 10 minutes each, distributed in advance;
 * - intervention-length: at most 5 minutes each;
 * - guide-languages: the guide in all six languages at least one month before.
 * Dates are judged against the session's current opening (`currentDates`). Anything not
 * recorded yields "unknown", never "violation".
 * @example checkDecision18_1(discussion, session).filter((f) => f.status === "violation")
 */
export function checkDecision18_1(discussion: ThematicDiscussion, session: Session): Decision18_1Finding[] {
  const context = openingContext(discussion, session);
  return [
    ...checkNominations(discussion.panel, context),
    checkElection(discussion.panel, context),
    checkPodium(discussion.panel),
    checkIndependentExperts(discussion.panel),
    ...checkKeynoteLength(discussion.speakersList),
    ...checkKeynoteDistribution(discussion.speakersList),
    ...checkInterventionLength(discussion.speakersList),
    checkGuideLanguages(discussion.guide, context),
  ];
}
