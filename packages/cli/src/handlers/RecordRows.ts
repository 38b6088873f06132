import type { SummarizedRecords } from "@remit/core";
import { summaryCells, summaryColumns } from "@remit/core";
import { heading } from "../output/Labels";
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
type ListedRecord<K extends ListedKind> = SummarizedRecords[(typeof LISTED_KINDS)[K]];

/** The table columns of a listed kind (core's `summaryColumns`), headed in the reader's language. */
export function columnsOf(kind: ListedKind, language: UiLanguage): TableColumn[] {
  return summaryColumns(LISTED_KINDS[kind]).map(({ key, ...options }) => ({
    heading: heading(key, language),
    ...options,
  }));
}

/** A record as a table row of its kind (core's `summaryCells`), in the reader's language. */
export function rowOf<K extends ListedKind>(kind: K, record: ListedRecord<K>, language: UiLanguage): string[] {
  return summaryCells(LISTED_KINDS[kind], record, language);
}
