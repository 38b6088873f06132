import {
  citationLabelIn,
  displayText,
  scheduleTimeline,
  type Mandate,
  type Session,
  SCHEDULE_CHANGE_LABELS,
  formatPeriodIn,
  describeDatesIn,
} from "@remit/core";
import { mandateCitedAs } from "../data/SessionsData";
import { useLocale } from "../i18n/Locale";
import { hrefOf } from "../routing/Route";
import { RecordText } from "./RecordText";

/**
 * A decision named as the page's language cites it ("قرار الجمعية العامة 74/567" for the records'
 * "GA decision 74/567"), linked to its mandate page when the records hold it.
 */
function Decision(props: { readonly citation: string; readonly mandates: readonly Mandate[] }) {
  const { language } = useLocale();
  const mandate = mandateCitedAs(props.mandates, props.citation);
  const cited = citationLabelIn(props.citation, language);
  return mandate === undefined ? (
    <>{cited}</>
  ) : (
    <a href={hrefOf({ language, page: "mandate", id: mandate.id })}>{cited}</a>
  );
}

/**
 * A session's schedule history as a timeline, oldest first: the original plan, then each
 * change with what it did, the decision that made it, when Member States were told and why;
 * the last step is marked as the current schedule.
 */
export function ScheduleTimeline(props: { readonly session: Session; readonly mandates: readonly Mandate[] }) {
  const { language, t } = useLocale();
  const steps = scheduleTimeline(props.session);
  return (
    <ol class="timeline">
      {steps.map((step, index) => (
        <li key={index} class={step.isCurrent ? "current" : undefined}>
          <p class="timeline-step">
            <strong>
              {step.change === undefined
                ? t("originalPlan")
                : displayText(SCHEDULE_CHANGE_LABELS[step.change.kind], [language])}
            </strong>
            {": "}
            {describeDatesIn(step.dates, language, "reading")}
            {step.venue === undefined ? null : (
              <>
                {t("listSeparator")}
                <RecordText text={step.venue.city} />
              </>
            )}
            {step.isCurrent ? <span class="badge">{t("currentSchedule")}</span> : null}
          </p>
          {step.change === undefined ? null : (
            <ul class="plain-list timeline-details">
              {step.change.decidedBy === undefined ? null : (
                <li>
                  {t("decidedByLabel")} <Decision citation={step.change.decidedBy} mandates={props.mandates} />
                  {step.change.decidedOn === undefined
                    ? null
                    : ` (${formatPeriodIn({ start: step.change.decidedOn }, language)})`}
                </li>
              )}
              {step.change.authority === undefined ? null : (
                <li>
                  {t("approvedBy")} <RecordText text={step.change.authority} />
                </li>
              )}
              {step.change.announcedOn === undefined ? null : (
                <li>{t("announcedOn", { date: formatPeriodIn({ start: step.change.announcedOn }, language) })}</li>
              )}
              {step.change.reason === undefined ? null : (
                <li>
                  {t("becauseOf")} <RecordText text={step.change.reason} />
                </li>
              )}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
