import { useLocale } from "../i18n/Locale";

/** The reporting years the dataset's documents cover, offered by the dashboard and the report page. */
const REPORT_YEARS = ["2019", "2020", "2021"] as const;

/** A labelled choice of reporting year, for a form that puts it in the URL under `name`. */
export function YearSelect(props: { readonly name: string; readonly value: string }) {
  const { language, t } = useLocale();
  return (
    <label>
      {t("choosePeriod")}
      <select name={props.name} value={props.value}>
        {REPORT_YEARS.map((option) => (
          <option key={option} value={option}>
            {Number(option).toLocaleString(language, { useGrouping: false })}
          </option>
        ))}
      </select>
    </label>
  );
}
