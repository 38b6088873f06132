import {
  currentDates,
  deadlineBefore,
  openingWindow,
  type Decision18_1Finding,
  type Decision18_1Rule,
  type FindingStatus,
  type Language,
  type OpeningWindow,
  type Session,
  formatPeriodIn,
} from "@remit/core";
import type { Translate } from "../i18n/Catalogs";
import { useLocale } from "../i18n/Locale";
import type { PlainMessageKey } from "../i18n/UiMessages";

/** Each rule in words: what it asks, what is missing when the records cannot tell, what a breach is. */
const RULE_WORDS: Readonly<Record<Decision18_1Rule, readonly [PlainMessageKey, PlainMessageKey, PlainMessageKey]>> = {
  "nomination-deadline": ["ruleNomination", "ruleNominationMissing", "ruleNominationBroken"],
  "panel-election": ["ruleElection", "ruleElectionMissing", "ruleElectionBroken"],
  "podium-seats": ["rulePodium", "rulePodiumMissing", "rulePodiumBroken"],
  "independent-experts": ["ruleExperts", "ruleExpertsMissing", "ruleExpertsBroken"],
  "keynote-length": ["ruleKeynoteLength", "ruleKeynoteLengthMissing", "ruleKeynoteLengthBroken"],
  "keynote-distribution": [
    "ruleKeynoteDistribution",
    "ruleKeynoteDistributionMissing",
    "ruleKeynoteDistributionBroken",
  ],
  "intervention-length": ["ruleIntervention", "ruleInterventionMissing", "ruleInterventionBroken"],
  "guide-languages": ["ruleGuide", "ruleGuideMissing", "ruleGuideBroken"],
};

/** The rules with a deadline, and how many months before the session's opening it falls. */
const MONTHS_BEFORE: Partial<Record<Decision18_1Rule, number>> = {
  "nomination-deadline": 2,
  "panel-election": 1,
  "guide-languages": 1,
};

const WORST_FIRST: readonly FindingStatus[] = ["violation", "unknown", "ok"];

function deadlineText(window: OpeningWindow, language: Language, t: Translate): string {
  const day = (date: string) => formatPeriodIn({ start: date }, language);
  const { earliest, latest } = window;
  if (earliest !== undefined && latest !== undefined)
    return earliest === latest ? day(earliest) : t("datesWithin", { from: day(earliest), to: day(latest) });
  if (latest !== undefined) return t("datesNotAfter", { date: day(latest) });
  return t("deadlineUnknown");
}

/** A rule's outcome over all its findings: broken if any finding is, else unknown if any is, else met. */
function outcomeOf(findings: readonly Decision18_1Finding[]): FindingStatus {
  return WORST_FIRST.find((status) => findings.some((finding) => finding.status === status)) ?? "unknown";
}

function Outcome(props: { readonly status: FindingStatus }) {
  const { t } = useLocale();
  const [mark, key]: readonly [string, PlainMessageKey] =
    props.status === "ok"
      ? ["✓", "ruleMet"]
      : props.status === "violation"
        ? ["✗", "ruleBroken"]
        : ["?", "ruleUnknown"];
  return (
    <span class={`check ${props.status === "ok" ? "ok" : props.status === "violation" ? "broken" : "missing"}`}>
      <span aria-hidden="true">{mark} </span>
      {t(key)}
    </span>
  );
}

/**
 * A thematic discussion checked against CCPCJ decision 18/1, as a person reads a checklist:
 * each rule in words, its deadline counted back from the session's opening, whether it was
 * met, and, where the records cannot tell, what is missing from them.
 */
export function Decision18_1Checklist(props: {
  readonly findings: readonly Decision18_1Finding[];
  readonly session: Session;
}) {
  const { language, t } = useLocale();
  const opening = openingWindow(currentDates(props.session));
  const rules = Object.keys(RULE_WORDS) as Decision18_1Rule[];
  return (
    <ol class="checklist">
      {rules.map((rule) => {
        const findings = props.findings.filter((finding) => finding.rule === rule);
        if (findings.length === 0) return null;
        const status = outcomeOf(findings);
        const [title, missing, broken] = RULE_WORDS[rule];
        const months = MONTHS_BEFORE[rule];
        const level = findings[0]?.level;
        return (
          <li key={rule} class={`rule ${status}`}>
            <p class="rule-title">
              <strong>{t(title)}</strong> <Outcome status={status} />
            </p>
            {months === undefined ? null : (
              <p>{t("deadline", { date: deadlineText(deadlineBefore(opening, months), language, t) })}</p>
            )}
            {status === "ok" ? null : <p>{t(status === "violation" ? broken : missing)}</p>}
            <p class="rule-level">{t(level === "requirement" ? "levelRequirement" : "levelRecommendation")}</p>
          </li>
        );
      })}
    </ol>
  );
}
