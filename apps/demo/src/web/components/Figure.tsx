import { formatMetricValue, joinItems, type AggregateCell, type Indicator } from "@remit/core";
import { useId, useState } from "preact/hooks";
import { useLocale } from "../i18n/Locale";
import { hrefOf } from "../routing/Route";
import { isolate } from "./isolate";
import { RecordText } from "./RecordText";

/** How many of the activities a figure was computed from are linked; the others are counted. */
const LINKED_ACTIVITIES = 25;

/** Where a figure comes from: the documents' paragraphs with their quotes, and the records it was computed from. */
function FigureSources(props: { readonly cell: AggregateCell }) {
  const { language, t } = useLocale();
  // The dashboard asks its figures with their sources; a cell without them still says how many records it counts.
  const documents = (props.cell.sources?.provenance ?? []).filter((source) => source.source === "document");
  const activityIds = props.cell.sources?.activityIds ?? [];
  const linked = activityIds.slice(0, LINKED_ACTIVITIES);
  const more = props.cell.activityCount - linked.length;
  return (
    <>
      <ul>
        {documents.map((source, index) => (
          <li key={index}>
            {t("sourceParagraphs", {
              symbol: isolate(source.symbol),
              paragraphs: joinItems(
                source.paragraphs.map((n) => n.toLocaleString(language)),
                language,
              ),
            })}
            {source.quote === undefined ? null : (
              <blockquote lang={/[\u4e00-\u9fff]/.test(source.quote) ? "zh" : "en"}>{source.quote}</blockquote>
            )}
          </li>
        ))}
      </ul>
      <p>{t("sourceRecords", { count: props.cell.observationCount + props.cell.activityCount })}</p>
      <ul class="record-links">
        {linked.map((id) => (
          <li key={id}>
            <a href={hrefOf({ language, page: "activity", id })}>{id}</a>
          </li>
        ))}
        {more > 0 ? <li>{t("moreRecords", { count: more })}</li> : null}
      </ul>
    </>
  );
}

/**
 * A headline figure: its value and indicator, and its provenance one press away (the
 * document, paragraph and quote, or the records it was computed from). A button, not a
 * hover, so that keyboards and touch screens reach it too.
 */
export function Figure(props: { readonly cell: AggregateCell; readonly indicator: Indicator | undefined }) {
  const { language, t } = useLocale();
  const [open, setOpen] = useState(false);
  const panel = useId();
  const text = formatMetricValue(props.cell.value, language);
  return (
    <li class="figure">
      <p class="figure-value">{text}</p>
      <p class="figure-name">
        {props.indicator === undefined ? props.cell.indicatorId : <RecordText text={props.indicator.name} />}
      </p>
      <button
        type="button"
        class="link-button"
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => setOpen(!open)}
      >
        {t("sourcesOf", { figure: text })}
      </button>
      {/* The panel's contents are drawn when it is opened: a figure over a large store is computed
          from thousands of records, and a link to each, drawn hidden, held up the first paint. */}
      <div id={panel} class="figure-sources" hidden={!open}>
        {open ? <FigureSources cell={props.cell} /> : null}
      </div>
    </li>
  );
}
