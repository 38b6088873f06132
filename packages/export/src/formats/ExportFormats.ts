import { ENTITY_KINDS, type CsvKind, type EntityKind } from "@remit/core";

/** The formats records export to, one subpath of `@remit/export` each. */
export const EXPORT_FORMATS = ["csv", "xlsx", "json", "jsonl", "iati", "ics"] as const;
/** One of the formats records export to. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The kinds that fit a table: every kind but thematic discussions, which nest lists of their own. */
export const TABLE_KINDS: readonly CsvKind[] = [
  "body",
  "session",
  "mandate",
  "instrument",
  "activity",
  "indicator",
  "observation",
];

/**
 * The kinds a format reads besides the ones it exports: an IATI activity file carries each
 * activity's results (observations), the documents of its mandates, the indicators its
 * results measure and the bodies that are its participating organisations; a calendar names
 * a session without a title by its body.
 */
export const CONTEXT_KINDS: Readonly<Record<ExportFormat, readonly EntityKind[]>> = {
  csv: [],
  xlsx: [],
  json: [],
  jsonl: [],
  iati: ["observation", "mandate", "indicator", "body"],
  ics: ["body"],
};

/** Why a format cannot hold the kinds asked for, with what to ask for instead. */
export interface KindNotExportable {
  readonly _tag: "KindNotExportable";
  readonly format: ExportFormat;
  readonly kind?: EntityKind;
  readonly message: string;
}

/** The kinds an export writes, or why the format cannot hold what was asked for. */
export type ExportKindsResult =
  | { readonly ok: true; readonly value: readonly EntityKind[] }
  | { readonly ok: false; readonly error: KindNotExportable };

/** What an export is asked to hold. */
export interface ExportRequest {
  /** One kind only (`--entity`, `?kind=`). */
  readonly kind?: EntityKind;
  /** Whether activity filters were given: filters select activities. */
  readonly filtered?: boolean;
}

function refused(format: ExportFormat, message: string, kind?: EntityKind): ExportKindsResult {
  return { ok: false, error: { _tag: "KindNotExportable", format, ...(kind === undefined ? {} : { kind }), message } };
}

/**
 * The kinds an export in `format` writes. One kind asked for is that kind, if the format
 * holds it (an iCalendar holds sessions, an IATI file activities, a table every kind but
 * thematic discussions). Otherwise: filters select activities; an iCalendar holds every
 * session; CSV and IATI hold activities; a workbook every kind that fits a table; JSON and
 * JSON Lines every kind.
 * @example exportKinds("xlsx", {}) // { ok: true, value: ["body", "session", …, "observation"] }
 * @example exportKinds("ics", { kind: "mandate" }) // { ok: false, error: { _tag: "KindNotExportable", … } }
 */
export function exportKinds(format: ExportFormat, request: ExportRequest = {}): ExportKindsResult {
  const { kind, filtered = false } = request;
  if (kind !== undefined) {
    if (filtered && kind !== "activity")
      return refused(format, `the filters apply to activities; drop them to export ${kind} records`, kind);
    if (format === "ics" && kind !== "session")
      return refused(format, `an iCalendar holds sessions, not ${kind} records; export them in another format`, kind);
    if (format === "iati" && kind !== "activity")
      return refused(format, `an IATI file holds activities, not ${kind} records; export them in another format`, kind);
    if ((format === "csv" || format === "xlsx") && !(TABLE_KINDS as readonly EntityKind[]).includes(kind))
      return refused(
        format,
        `${kind} records do not fit a table (they nest lists of their own); export them as json or jsonl`,
        kind,
      );
    return { ok: true, value: [kind] };
  }
  if (format === "ics")
    return filtered
      ? refused(format, "the filters select activities; an iCalendar holds every session")
      : { ok: true, value: ["session"] };
  if (filtered || format === "csv" || format === "iati") return { ok: true, value: ["activity"] };
  return { ok: true, value: format === "xlsx" ? TABLE_KINDS : ENTITY_KINDS };
}
