import { guideLanguages, type ThematicDiscussion, formatPeriodIn } from "@remit/core";
import { languageName } from "../i18n/LanguageNames";
import { useLocale } from "../i18n/Locale";
import { RecordText } from "./RecordText";
import { isolate } from "./isolate";

/** The guide's issue in each of the six languages: on which date, not issued, or not recorded. */
function GuideLanguages(props: { readonly discussion: ThematicDiscussion }) {
  const { language, t } = useLocale();
  const guide = props.discussion.guide;
  if (guide === undefined) return <p>{t("guideNotRecorded")}</p>;
  return (
    <>
      <p>{t("guideSymbol", { symbol: isolate(guide.symbol) })}</p>
      <ul class="plain-list guide-languages">
        {guideLanguages(guide).map((entry) => (
          <li key={entry.language}>
            {languageName(entry.language, language)}
            {": "}
            {entry.status === "issued"
              ? entry.on === undefined
                ? t("guideIssuedUndated")
                : t("guideIssuedOn", { date: formatPeriodIn({ start: entry.on }, language) })
              : entry.status === "not-issued"
                ? t("guideNotIssued")
                : t("guideIssueUnknown")}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * A thematic discussion as the guide sets it out: the theme and the decision that chose it,
 * the sub-topics as a tree ((a)(i)…), the guide's languages, and the groups of questions,
 * each folded so that the page stays readable.
 */
export function ThematicDiscussionView(props: { readonly discussion: ThematicDiscussion }) {
  const { language, t } = useLocale();
  const { discussion } = props;
  return (
    <>
      <p class="lead">
        <RecordText text={discussion.theme} />
      </p>
      {discussion.chosenBy === undefined ? null : (
        <p>{t("themeChosenBy", { decision: isolate(discussion.chosenBy) })}</p>
      )}
      {discussion.agendaItem === undefined ? null : <p>{t("agendaItem", { item: discussion.agendaItem })}</p>}
      <h3>{t("subTopics")}</h3>
      <ol class="sub-topics">
        {discussion.subTopics.map((topic) => (
          <li key={topic.letter}>
            <span class="numbering">({topic.letter})</span> <RecordText text={topic.title} />
            {topic.parts.length === 0 ? null : (
              <ol>
                {topic.parts.map((part) => (
                  <li key={part.numeral}>
                    <span class="numbering">({part.numeral})</span> <RecordText text={part.title} />
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
      <h3>{t("discussionGuide")}</h3>
      <GuideLanguages discussion={discussion} />
      <h3>{t("questionGroups", { count: discussion.questionGroups.length })}</h3>
      {discussion.questionGroups.map((group) => (
        <details key={group.number} class="question-group">
          <summary>
            {group.number.toLocaleString(language)}. <RecordText text={group.title} />{" "}
            <span class="muted">{t("questionCount", { count: group.questions.length })}</span>
          </summary>
          {group.lead === undefined ? null : (
            <p>
              <RecordText text={group.lead} />
            </p>
          )}
          <ol class="questions">
            {group.questions.map((question) => (
              <li key={question.letter}>
                <span class="numbering">({question.letter})</span> <RecordText text={question.text} />
                {question.points.length === 0 ? null : (
                  <ol>
                    {question.points.map((point) => (
                      <li key={point.numeral}>
                        <span class="numbering">({point.numeral})</span> <RecordText text={point.text} />
                      </li>
                    ))}
                  </ol>
                )}
              </li>
            ))}
          </ol>
        </details>
      ))}
    </>
  );
}
