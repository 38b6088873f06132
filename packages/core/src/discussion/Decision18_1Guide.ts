import type { Language } from "../text/Language";
import type { Decision18_1Finding, OpeningContext } from "./Decision18_1Finding";
import { finding } from "./Decision18_1Finding";
import { deadlineBefore, deadlineWording, meetsDeadline } from "./Deadline";
import type { DiscussionGuide } from "./DiscussionGuide";
import { guideLanguages } from "./DiscussionGuide";
import type { FindingWording } from "./findings/FindingSlots";

/**
 * Decision 18/1: the secretariat prepares the discussion guide in the six official languages
 * at least one month before the session. One finding: a violation names the languages not
 * issued and those issued late; otherwise unknown names the languages whose issue (or its
 * date) is not recorded; ok when all six are on time.
 */
export function checkGuideLanguages(guide: DiscussionGuide | undefined, context: OpeningContext): Decision18_1Finding {
  const deadline = deadlineBefore(context.opening, 1);
  const due = deadlineWording(deadline, 1, context.openingWording);
  if (guide === undefined) return finding("guide-languages", "unknown", ["guide"], "guide.none", { due });
  const missing: Language[] = [];
  const late: FindingWording[] = [];
  const unknown: Language[] = [];
  for (const version of guideLanguages(guide)) {
    if (version.status === "not-issued") missing.push(version.language);
    else if (version.status === "unknown" || version.on === undefined) unknown.push(version.language);
    else {
      const verdict = meetsDeadline(version.on, deadline);
      if (verdict === "late") {
        late.push({ key: "guide.issuedOn", values: { language: { languages: [version.language] }, on: version.on } });
      } else if (verdict === "undetermined") unknown.push(version.language);
    }
  }
  const path = ["guide", "issued"];
  if (missing.length > 0 || late.length > 0) {
    const problems: FindingWording[] = [
      ...(missing.length > 0
        ? [{ key: "guide.notIssuedIn" as const, values: { languages: { languages: missing } } }]
        : []),
      ...(late.length > 0
        ? [{ key: "guide.lateIn" as const, values: { issues: { phrases: late, separator: "comma" as const } } }]
        : []),
      ...(unknown.length > 0
        ? [{ key: "guide.notKnownFor" as const, values: { languages: { languages: unknown } } }]
        : []),
    ];
    return finding(
      "guide-languages",
      "violation",
      missing.length > 0 ? ["guide", "notIssued"] : path,
      "guide.violation",
      { guide: guide.symbol, problems: { phrases: problems, separator: "semicolon" }, due },
    );
  }
  if (unknown.length > 0) {
    return finding("guide-languages", "unknown", path, "guide.unknown", {
      guide: guide.symbol,
      languages: { languages: unknown },
      due,
    });
  }
  return finding("guide-languages", "ok", path, "guide.ok", { guide: guide.symbol, due });
}
