import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_TOPIC_LABELS,
  displayText,
  type ActivityCounts,
  type AggregateCell,
} from "@remit/core";
import { useLocale } from "../i18n/Locale";
import { BarChart, type Bar } from "./BarChart";
import { TrainedByRegionChart } from "./TrainedByRegionChart";

/** The bars of a count of activities (most first, as the API orders them), and one for those without a value. */
function countBars(
  counted: ActivityCounts,
  labelOf: (key: string) => string,
  withoutLabel: string | undefined,
  language: string,
): Bar[] {
  const bars = counted.counts.map(({ key, activities }) => ({
    key,
    label: labelOf(key),
    value: activities,
    shown: activities.toLocaleString(language),
  }));
  if (withoutLabel === undefined || counted.without === 0) return bars;
  const without = counted.without;
  return [...bars, { key: "", label: withoutLabel, value: without, shown: without.toLocaleString(language) }];
}

/** The dashboard's charts: people trained by region and year, activities by topic and by kind. */
export function DashboardCharts(props: {
  readonly trainedByRegion: readonly AggregateCell[];
  readonly byTopic: ActivityCounts;
  readonly byKind: ActivityCounts;
}) {
  const { language, t } = useLocale();
  return (
    <div class="charts">
      <TrainedByRegionChart cells={props.trainedByRegion} />
      <BarChart
        title={t("activitiesByTopic")}
        labelHeading={t("columnTopic")}
        valueHeading={t("columnActivities")}
        bars={countBars(
          props.byTopic,
          (key) => displayText(ACTIVITY_TOPIC_LABELS[key as keyof typeof ACTIVITY_TOPIC_LABELS], [language]),
          t("noTopic"),
          language,
        )}
      />
      <BarChart
        title={t("activitiesByKind")}
        labelHeading={t("columnKind")}
        valueHeading={t("columnActivities")}
        bars={countBars(
          props.byKind,
          (key) => displayText(ACTIVITY_KIND_LABELS[key as keyof typeof ACTIVITY_KIND_LABELS], [language]),
          undefined,
          language,
        )}
      />
    </div>
  );
}
