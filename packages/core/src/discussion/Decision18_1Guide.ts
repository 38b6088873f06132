import { LANGUAGE_NAMES } from "../text/Language";
import type { Language } from "../text/Language";
import type { Decision18_1Finding, OpeningContext } from "./Decision18_1Finding";
import { finding } from "./Decision18_1Finding";
import { deadlineBefore, describeDeadline, meetsDeadline } from "./Deadline";
import type { DiscussionGuide } from "./DiscussionGuide";
import { guideLanguages } from "./DiscussionGuide";

function names(languages: readonly Language[]): string {
  return languages.map((language) => LANGUAGE_NAMES[language]).join(", ");
}

/**
 * Decision 18/1: the secretariat prepares the discussion guide in the six official languages
 * at least one month before the session. One finding: a violation names the languages not
 * issued and those issued late; otherwise unknown names the languages whose issue (or its
 * date) is not recorded; ok when all six are on time.
 */
export function checkGuideLanguages(guide: DiscussionGuide | undefined, context: OpeningContext): Decision18_1Finding {
  const deadline = deadlineBefore(context.opening, 1);
  const due = describeDeadline(deadline, 1, context.openingText);
  if (guide === undefined) {
    return finding(
      "guide-languages",
      "unknown",
      ["guide"],
      `no discussion guide is recorded; record its symbol and issue dates to check them against ${due}`,
    );
  }
  const missing: Language[] = [];
  const late: string[] = [];
  const unknown: Language[] = [];
  for (const version of guideLanguages(guide)) {
    if (version.status === "not-issued") missing.push(version.language);
    else if (version.status === "unknown" || version.on === undefined) unknown.push(version.language);
    else {
      const verdict = meetsDeadline(version.on, deadline);
      if (verdict === "late") late.push(`${LANGUAGE_NAMES[version.language]} on ${version.on}`);
      else if (verdict === "undetermined") unknown.push(version.language);
    }
  }
  const path = ["guide", "issued"];
  const subject = `discussion guide ${guide.symbol}`;
  if (missing.length > 0 || late.length > 0) {
    const problems = [
      ...(missing.length > 0 ? [`not issued in ${names(missing)}`] : []),
      ...(late.length > 0 ? [`issued late in ${late.join(", ")}`] : []),
      ...(unknown.length > 0 ? [`not known for ${names(unknown)}`] : []),
    ];
    return finding(
      "guide-languages",
      "violation",
      missing.length > 0 ? ["guide", "notIssued"] : path,
      `${subject}: ${problems.join("; ")}; all six languages are due by ${due}`,
    );
  }
  if (unknown.length > 0) {
    return finding(
      "guide-languages",
      "unknown",
      path,
      `${subject}: issue in ${names(unknown)} is not recorded to the day, or not at all; record guide.issued with dates to check them against ${due}`,
    );
  }
  return finding("guide-languages", "ok", path, `${subject} was issued in all six languages by ${due}`);
}
