import { compareCodePoints, formatQuantity, isShare, type AggregateCell, type Quantity } from "@remit/core";
import { useState } from "preact/hooks";
import { useLocale } from "../i18n/Locale";
import { placeName } from "./Labels";

/** The people trained in one region, year by year. */
interface RegionRow {
  readonly key: string;
  readonly name: string;
  readonly total: number;
  readonly byYear: ReadonlyMap<string, Quantity>;
}

/**
 * The aggregate's cells as one row per region (most people first; figures tied to no region
 * last) and the years they cover, oldest first. Shares are not people, so they are left out.
 */
function regionRows(cells: readonly AggregateCell[], regionName: (code: string | null) => string) {
  const rows = new Map<string, { name: string; total: number; byYear: Map<string, Quantity> }>();
  const years = new Set<string>();
  for (const cell of cells) {
    if (isShare(cell.value)) continue;
    const key = cell.group ?? "";
    const row = rows.get(key) ?? { name: regionName(cell.group), total: 0, byYear: new Map() };
    row.total += cell.value.value;
    row.byYear.set(cell.bucket, cell.value);
    rows.set(key, row);
    years.add(cell.bucket);
  }
  const ordered: RegionRow[] = [...rows].map(([key, row]) => ({ key, ...row }));
  ordered.sort((a, b) => Number(a.key === "") - Number(b.key === "") || b.total - a.total);
  return { rows: ordered, years: [...years].sort(compareCodePoints) };
}

/**
 * People trained by M49 region and year: a group of bars per region, one bar per year (bars
 * grow from the inline start, so Arabic mirrors them), all on one scale; and the same figures
 * as a table, regions by years, one press away. Region names and years are in the page's
 * language; a year without a figure for a region says so rather than showing nought.
 */
export function TrainedByRegionChart(props: { readonly cells: readonly AggregateCell[] }) {
  const { language, t } = useLocale();
  const [table, setTable] = useState(false);
  const { rows, years } = regionRows(props.cells, (code) =>
    code === null ? t("worldRegion") : placeName(code, language),
  );
  const yearText = (year: string) => Number(year).toLocaleString(language, { useGrouping: false });
  const largest = Math.max(1, ...rows.flatMap((row) => [...row.byYear.values()].map((value) => value.value)));
  return (
    <figure class="chart chart-wide">
      <figcaption>{t("trainedByRegionYear")}</figcaption>
      {rows.length === 0 ? <p>{t("noFigures")}</p> : null}
      <div class="bar-groups" aria-hidden={table}>
        {rows.map((row) => (
          <div key={row.key} class="bar-group">
            <p class="bar-group-label">{row.name}</p>
            <ul class="bars">
              {years.map((year) => {
                const value = row.byYear.get(year);
                return (
                  <li key={year}>
                    <span class="bar-label">{yearText(year)}</span>
                    <span class="bar-track">
                      <span
                        class="bar"
                        ref={(element) =>
                          element?.style.setProperty("inline-size", `${((value?.value ?? 0) / largest) * 100}%`)
                        }
                      />
                    </span>
                    <span class="bar-value">
                      {value === undefined ? t("noneGiven") : formatQuantity(value, language)}
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
      {rows.length === 0 ? null : (
        <button type="button" class="link-button" aria-expanded={table} onClick={() => setTable(!table)}>
          {table ? t("hideTable") : t("showTable")}
        </button>
      )}
      {table ? (
        <table>
          <caption class="visually-hidden">{t("trainedByRegionYear")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("columnRegion")}</th>
              {years.map((year) => (
                <th key={year} scope="col" class="number">
                  {yearText(year)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.name}</th>
                {years.map((year) => {
                  const value = row.byYear.get(year);
                  return (
                    <td key={year} class="number">
                      {value === undefined ? t("noneGiven") : formatQuantity(value, language)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </figure>
  );
}
