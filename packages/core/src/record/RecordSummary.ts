import type { Activity } from "../activity/Activity";
import { ACTIVITY_KIND_LABELS } from "../activity/ActivityKind";
import { INSTRUMENT_KIND_LABELS } from "../instrument/InstrumentKindLabels";
import type { LegalInstrument } from "../instrument/LegalInstrument";
import type { Mandate } from "../mandate/Mandate";
import { formatMetricValue } from "../metric/MetricValueText";
import type { Observation } from "../metric/Observation";
import { formatQuantity } from "../metric/QuantityFormat";
import { currentDates } from "../session/ScheduleHistory";
import type { Session } from "../session/Session";
import { describeDatesIn } from "../session/SessionDatesText";
import { SESSION_FORMAT_LABELS, SESSION_STATUS_LABELS } from "../session/SessionLabels";
import { MANDATE_STATUS_LABELS } from "../mandate/StatusLabels";
import type { Language } from "../text/Language";
import { formatDateSpanIn, formatPartialDateIn } from "../time/PartialDateText";
import { display, type LocalizedText } from "../text/LocalizedText";

/** The records a list shows one line each, by kind. */
export interface SummarizedRecords {
  readonly activity: Activity;
  readonly mandate: Mandate;
  readonly session: Session;
  readonly instrument: LegalInstrument;
  readonly observation: Observation;
}

/** A kind of record a list shows one line each. */
export type SummarizedKind = keyof SummarizedRecords;

/** The name of a column of a record summary; adapters head it in the reader's language. */
export type SummaryColumnKey =
  | "id"
  | "kind"
  | "period"
  | "countries"
  | "title"
  | "symbol"
  | "body"
  | "adopted"
  | "status"
  | "number"
  | "dates"
  | "format"
  | "inForce"
  | "parties"
  | "name"
  | "indicator"
  | "value";

/** A column of a record summary: its name, whether it holds numbers (set right), and whether it holds free text a narrow display may cut. */
export interface SummaryColumn {
  readonly key: SummaryColumnKey;
  readonly align?: "right";
  readonly shrink?: boolean;
}

interface SummaryLayout<R> {
  readonly columns: readonly SummaryColumn[];
  readonly cells: (record: R, language: Language) => string[];
}

function text(value: LocalizedText | undefined, language: Language): string {
  return value === undefined ? "" : display(value, [language]).text;
}

function period(value: { readonly start: string; readonly end?: string | undefined }, language: Language): string {
  return formatDateSpanIn(value.start, value.end, language);
}

/** The countries named, else how many there were ("(64)"), as the sources give one or the other. */
function countries(activity: Activity, language: Language): string {
  if (activity.countries.named.length > 0) return activity.countries.named.join(" ");
  const count = activity.countries.count;
  return count === undefined ? "" : `(${formatQuantity(count, language)})`;
}

const column = (key: SummaryColumnKey, options: Omit<SummaryColumn, "key"> = {}): SummaryColumn => ({
  key,
  ...options,
});

const LAYOUTS: { readonly [K in SummarizedKind]: SummaryLayout<SummarizedRecords[K]> } = {
  activity: {
    columns: [
      column("id"),
      column("kind"),
      column("period"),
      column("countries", { shrink: true }),
      column("title", { shrink: true }),
    ],
    cells: (activity, language) => [
      activity.id,
      text(ACTIVITY_KIND_LABELS[activity.kind], language),
      period(activity.period, language),
      countries(activity, language),
      text(activity.title, language),
    ],
  },
  mandate: {
    columns: [
      column("id"),
      column("symbol"),
      column("body"),
      column("adopted"),
      column("status"),
      column("title", { shrink: true }),
    ],
    cells: (mandate, language) => [
      mandate.id,
      mandate.symbol ?? "",
      mandate.adoptingBodyId ?? "",
      mandate.adoptedOn === undefined ? "" : formatPartialDateIn(mandate.adoptedOn, language),
      mandate.status === undefined ? "" : text(MANDATE_STATUS_LABELS[mandate.status], language),
      text(mandate.title, language),
    ],
  },
  session: {
    columns: [
      column("id"),
      column("body"),
      column("number", { align: "right" }),
      column("dates", { shrink: true }),
      column("format"),
      column("status"),
      column("title", { shrink: true }),
    ],
    cells: (session, language) => [
      session.id,
      session.bodyId,
      session.number === undefined ? "" : String(session.number),
      describeDatesIn(currentDates(session), language),
      session.schedule.format === undefined ? "" : text(SESSION_FORMAT_LABELS[session.schedule.format], language),
      text(SESSION_STATUS_LABELS[session.schedule.status], language),
      text(session.title, language),
    ],
  },
  instrument: {
    columns: [
      column("id"),
      column("kind"),
      column("inForce"),
      column("parties", { align: "right" }),
      column("name", { shrink: true }),
    ],
    cells: (instrument, language) => {
      const latest = [...instrument.partiesCounts].sort((a, b) => a.asOf.localeCompare(b.asOf)).at(-1);
      return [
        instrument.id,
        text(INSTRUMENT_KIND_LABELS[instrument.kind], language),
        instrument.enteredIntoForceOn === undefined ? "" : formatPartialDateIn(instrument.enteredIntoForceOn, language),
        latest === undefined
          ? ""
          : `${formatQuantity(latest.count, language)} (${formatPartialDateIn(latest.asOf, language)})`,
        text(instrument.shortName ?? instrument.name, language),
      ];
    },
  },
  observation: {
    columns: [
      column("id", { shrink: true }),
      column("indicator"),
      column("value", { align: "right" }),
      column("period"),
    ],
    cells: (observation, language) => [
      observation.id,
      observation.indicatorId,
      formatMetricValue(observation.value, language),
      period(observation.scope.period, language),
    ],
  },
};

/**
 * The columns a one-line summary of a kind has, in order: an activity's id, kind, period,
 * countries and title; a mandate's id, symbol, body, adoption date, status and title; …
 */
export function summaryColumns(kind: SummarizedKind): readonly SummaryColumn[] {
  return LAYOUTS[kind].columns;
}

/**
 * A record as one line of its kind's summary, a text per column of `summaryColumns(kind)`,
 * in the reader's language (titles fall back as `display` does, figures keep their qualifier,
 * a session's dates are its current ones after every postponement, an instrument's parties
 * the latest count with its date; dates are written as the language writes them, ISO in English).
 * @example summaryCells("observation", trained, "en") // ["obs-17", "people-trained", "2,440", "2020"]
 */
export function summaryCells<K extends SummarizedKind>(
  kind: K,
  record: SummarizedRecords[K],
  language: Language,
): string[] {
  return (LAYOUTS[kind] as SummaryLayout<SummarizedRecords[K]>).cells(record, language);
}
