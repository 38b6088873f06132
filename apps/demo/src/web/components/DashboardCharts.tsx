import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_TOPIC_LABELS,
  displayText,
  formatQuantity,
  isShare,
  type Activity,
  type AggregateCell,
} from "@remit/core";
import { useLocale } from "../i18n/Locale";
import { BarChart, type Bar } from "./BarChart";
import { placeName } from "./Labels";

function counted(
  activities: readonly Activity[],
  keysOf: (activity: Activity) => readonly string[],
  labelOf: (key: string) => string,
  language: string,
): Bar[] {
  const counts = new Map<string, number>();
  for (const activity of activities) for (const key of keysOf(activity)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key, value]) => ({ key, label: labelOf(key), value, shown: value.toLocaleString(language) }));
}

/** The dashboard's charts: people trained by region and year, activities by topic and by kind. */
export function DashboardCharts(props: {
  readonly activities: readonly Activity[];
  readonly trainedByRegion: readonly AggregateCell[];
}) {
  const { language, t } = useLocale();
  const trained: Bar[] = props.trainedByRegion.flatMap((cell) => {
    if (isShare(cell.value)) return [];
    const region = cell.group === null ? t("worldRegion") : placeName(cell.group, language);
    const year = Number(cell.bucket).toLocaleString(language, { useGrouping: false });
    return [
      {
        key: `${cell.bucket}-${cell.group ?? ""}`,
        label: `${region}, ${year}`,
        value: cell.value.value,
        shown: formatQuantity(cell.value, language),
      },
    ];
  });
  const noTopic = t("noTopic");
  return (
    <div class="charts">
      <BarChart
        title={t("trainedByRegionYear")}
        labelHeading={t("columnRegion")}
        valueHeading={t("columnPeople")}
        bars={trained}
      />
      <BarChart
        title={t("activitiesByTopic")}
        labelHeading={t("columnTopic")}
        valueHeading={t("columnActivities")}
        bars={counted(
          props.activities,
          (activity) => (activity.topics.length === 0 ? [""] : activity.topics),
          (key) =>
            key === ""
              ? noTopic
              : displayText(ACTIVITY_TOPIC_LABELS[key as keyof typeof ACTIVITY_TOPIC_LABELS], [language]),
          language,
        )}
      />
      <BarChart
        title={t("activitiesByKind")}
        labelHeading={t("columnKind")}
        valueHeading={t("columnActivities")}
        bars={counted(
          props.activities,
          (activity) => [activity.kind],
          (key) => displayText(ACTIVITY_KIND_LABELS[key as keyof typeof ACTIVITY_KIND_LABELS], [language]),
          language,
        )}
      />
    </div>
  );
}
