import { useState } from "preact/hooks";
import { useLocale } from "../i18n/Locale";

/** One bar: its label, its value, and the value as the reader reads it ("more than 130"). */
export interface Bar {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly shown: string;
}

/**
 * A horizontal bar chart drawn with plain elements (bars grow from the inline start, so
 * Arabic mirrors them), with the same numbers as a table one press away for screen readers
 * and for anyone who wants the figures.
 */
export function BarChart(props: {
  readonly title: string;
  readonly labelHeading: string;
  readonly valueHeading: string;
  readonly bars: readonly Bar[];
}) {
  const { t } = useLocale();
  const [table, setTable] = useState(false);
  const largest = Math.max(1, ...props.bars.map((bar) => bar.value));
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      <ul class="bars" aria-hidden={table}>
        {props.bars.map((bar) => (
          <li key={bar.key}>
            <span class="bar-label">{bar.label}</span>
            <span class="bar-track">
              <span
                class="bar"
                ref={(element) => element?.style.setProperty("inline-size", `${(bar.value / largest) * 100}%`)}
              />
            </span>
            <span class="bar-value">{bar.shown}</span>
          </li>
        ))}
      </ul>
      <button type="button" class="link-button" aria-expanded={table} onClick={() => setTable(!table)}>
        {table ? t("hideTable") : t("showTable")}
      </button>
      {table ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{props.labelHeading}</th>
              <th scope="col" class="number">
                {props.valueHeading}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">{bar.label}</th>
                <td class="number">{bar.shown}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </figure>
  );
}
