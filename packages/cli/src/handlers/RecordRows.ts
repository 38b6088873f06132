import type { Activity, LegalInstrument, LocalizedText, Mandate, Observation, Session } from "@remit/core";
import {
  ACTIVITY_KIND_LABELS,
  currentDates,
  describeDates,
  display,
  formatMetricValue,
  formatQuantity,
} from "@remit/core";
import { heading, type LabelKey } from "../output/Labels";
import type { TableColumn } from "../output/Table";
import type { UiLanguage } from "../output/UiLanguage";

/** The kinds `remit list` lists, by the word on the command line. */
export const LISTED_KINDS = {
  activities: "activity",
  mandates: "mandate",
  sessions: "session",
  instruments: "instrument",
  observations: "observation",
} as const;

/** A word `remit list` takes: "activities", "mandates", … */
export type ListedKind = keyof typeof LISTED_KINDS;

/** The record type of each listed kind. */
interface ListedRecords {
  readonly activities: Activity;
  readonly mandates: Mandate;
  readonly sessions: Session;
  readonly instruments: LegalInstrument;
  readonly observations: Observation;
}

/** How one kind of record becomes a table row. */
interface RowLayout<R> {
  readonly columns: readonly (readonly [LabelKey, Omit<TableColumn, "heading">?])[];
  readonly row: (record: R, language: UiLanguage) => string[];
}

function text(value: LocalizedText | undefined, language: UiLanguage): string {
  return value === undefined ? "" : display(value, [language]).text;
}

function period(value: { readonly start: string; readonly end?: string | undefined }): string {
  return value.end === undefined || value.end === value.start ? value.start : `${value.start}–${value.end}`;
}

function countries(activity: Activity, language: UiLanguage): string {
  if (activity.countries.named.length > 0) return activity.countries.named.join(" ");
  const count = activity.countries.count;
  return count === undefined ? "" : `(${formatQuantity(count, language)})`;
}

const LAYOUTS: { readonly [K in ListedKind]: RowLayout<ListedRecords[K]> } = {
  activities: {
    columns: [["id"], ["kind"], ["period"], ["countries", { shrink: true }], ["title", { shrink: true }]],
    row: (activity, language) => [
      activity.id,
      text(ACTIVITY_KIND_LABELS[activity.kind], language),
      period(activity.period),
      countries(activity, language),
      text(activity.title, language),
    ],
  },
  mandates: {
    columns: [["id"], ["symbol"], ["body"], ["adopted"], ["status"], ["title", { shrink: true }]],
    row: (mandate, language) => [
      mandate.id,
      mandate.symbol ?? "",
      mandate.adoptingBodyId ?? "",
      String(mandate.adoptedOn ?? ""),
      mandate.status ?? "",
      text(mandate.title, language),
    ],
  },
  sessions: {
    columns: [
      ["id"],
      ["body"],
      ["number", { align: "right" }],
      ["dates", { shrink: true }],
      ["format"],
      ["status"],
      ["title", { shrink: true }],
    ],
    row: (session, language) => [
      session.id,
      session.bodyId,
      session.number === undefined ? "" : String(session.number),
      describeDates(currentDates(session)),
      session.schedule.format ?? "",
      session.schedule.status,
      text(session.title, language),
    ],
  },
  instruments: {
    columns: [["id"], ["kind"], ["inForce"], ["parties", { align: "right" }], ["name", { shrink: true }]],
    row: (instrument, language) => {
      const latest = [...instrument.partiesCounts].sort((a, b) => a.asOf.localeCompare(b.asOf)).at(-1);
      return [
        instrument.id,
        instrument.kind,
        instrument.enteredIntoForceOn ?? "",
        latest === undefined ? "" : `${formatQuantity(latest.count, language)} (${latest.asOf})`,
        text(instrument.shortName ?? instrument.name, language),
      ];
    },
  },
  observations: {
    columns: [["id", { shrink: true }], ["indicator"], ["value", { align: "right" }], ["period"]],
    row: (observation, language) => [
      observation.id,
      observation.indicatorId,
      formatMetricValue(observation.value, language),
      period(observation.scope.period),
    ],
  },
};

/** The table columns of a listed kind, headed in the reader's language. */
export function columnsOf(kind: ListedKind, language: UiLanguage): TableColumn[] {
  return LAYOUTS[kind].columns.map(([key, options]) => ({ heading: heading(key, language), ...options }));
}

/** A record as a table row of its kind, in the reader's language (titles fall back per LocalizedText). */
export function rowOf<K extends ListedKind>(kind: K, record: ListedRecords[K], language: UiLanguage): string[] {
  return (LAYOUTS[kind] as RowLayout<ListedRecords[K]>).row(record, language);
}
