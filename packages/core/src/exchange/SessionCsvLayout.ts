import { SessionDesignation } from "../session/Session";
import { SessionFormat, SessionStatus } from "../session/SessionSchedule";
import { DATE_FORMAT, ID_FORMAT, JSON_CELL, oneOf, PROVENANCE_FORMAT, TEXT, WHOLE_NUMBER } from "./CellCodecs";
import { columnsOf, localized, readParts, writeParts, type CsvPart } from "./CompositeFields";
import { column, getPath, setPath, type CellProblem, type CsvField } from "./CsvField";
import { tabularLayout, type TabularCsvLayout } from "./CsvLayout";

const DATES_PATH = ["schedule", "dates"] as const;
const DATE_KINDS = ["period", "bound", "unknown"] as const;
type DateKind = (typeof DATE_KINDS)[number];

/** The date columns after `dates_kind`, and the kinds of dates each applies to. */
const DATE_PARTS: readonly (CsvPart & { readonly kinds: readonly DateKind[] })[] = [
  {
    key: "start",
    header: "dates_start",
    meaning: "First day (or month, or year) of a known period",
    codec: TEXT,
    format: DATE_FORMAT,
    kinds: ["period"],
  },
  {
    key: "end",
    header: "dates_end",
    meaning: "Last day of a known period, when it differs from the start",
    codec: TEXT,
    format: DATE_FORMAT,
    kinds: ["period"],
  },
  {
    key: "notBefore",
    header: "dates_not_before",
    meaning: "The session opens no earlier than this",
    codec: TEXT,
    format: DATE_FORMAT,
    kinds: ["bound"],
  },
  {
    key: "notAfter",
    header: "dates_not_after",
    meaning: 'The session opens no later than this ("no later than 1 March 2021")',
    codec: TEXT,
    format: DATE_FORMAT,
    kinds: ["bound"],
  },
  {
    key: "durationDays",
    header: "dates_duration_days",
    meaning: "A length stated without the days (a three-day session)",
    codec: WHOLE_NUMBER,
    kinds: ["period", "bound", "unknown"],
  },
];
const KIND_PART: CsvPart = {
  key: "kind",
  header: "dates_kind",
  meaning: "How the dates are known",
  codec: oneOf(DATE_KINDS),
};

function isDateKind(value: string): value is DateKind {
  return (DATE_KINDS as readonly string[]).includes(value);
}

/**
 * A session's current dates, a union of three shapes, flattened into `dates_kind` and the
 * columns that kind uses: a period (`dates_start`, `dates_end`), a bound on the opening day
 * (`dates_not_before`, `dates_not_after`) or unknown; `dates_duration_days` with any kind.
 */
const sessionDates: CsvField = {
  columns: columnsOf([KIND_PART, ...DATE_PARTS]),
  paths: [[...DATES_PATH]],
  required: true,
  requiredColumns: [KIND_PART.header],
  write: (record) => {
    const dates = getPath(record, DATES_PATH) as Record<string, unknown> | undefined;
    const flat = dates === undefined ? undefined : { ...dates, ...(dates.period as object | undefined) };
    return writeParts([KIND_PART, ...DATE_PARTS], flat);
  },
  read: ([kindCell, ...cells], record) => {
    const parts = readParts(DATE_PARTS, cells, DATES_PATH);
    if (kindCell === undefined || kindCell === "") {
      if (parts.value === undefined) return [];
      return [
        {
          column: KIND_PART.header,
          path: [...DATES_PATH, "kind"],
          reason: "is empty while other date columns are filled",
          expected: oneOf(DATE_KINDS).format,
        },
      ];
    }
    if (!isDateKind(kindCell)) {
      return [
        {
          column: KIND_PART.header,
          path: [...DATES_PATH, "kind"],
          reason: `${JSON.stringify(kindCell)} is not a kind of dates`,
          expected: oneOf(DATE_KINDS).format,
        },
      ];
    }
    const misplaced: CellProblem[] = DATE_PARTS.filter(
      (part, index) => !part.kinds.includes(kindCell) && (cells[index] ?? "") !== "",
    ).map((part) => ({
      column: part.header,
      path: [...DATES_PATH, part.key],
      reason: `is filled, but dates of kind "${kindCell}" have no ${part.key}`,
      expected: `an empty cell, or dates_kind ${part.kinds.map((kind) => `"${kind}"`).join(" or ")}`,
    }));
    const problems = [...parts.problems, ...misplaced];
    const { start, end, durationDays, ...bounds } = parts.value ?? {};
    const period =
      kindCell === "period"
        ? { period: { ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }) } }
        : {};
    setPath(record, [...DATES_PATH], {
      kind: kindCell,
      ...period,
      ...(kindCell === "bound" ? bounds : {}),
      ...(durationDays === undefined ? {} : { durationDays }),
    });
    return problems;
  },
};

/** The CSV layout of sessions and meetings: one row per session, its history as JSON. */
export const SESSION_CSV_LAYOUT: TabularCsvLayout = tabularLayout(
  "session",
  "One row per session or meeting of a body.",
  [
    column("id", "id", "The session's stable id", TEXT, { required: true, format: ID_FORMAT }),
    column("body_id", "bodyId", "The body that meets", TEXT, { required: true, format: ID_FORMAT }),
    column("designation", "designation", "What kind of gathering it is", oneOf(SessionDesignation.options), {
      required: true,
    }),
    column("number", "number", "Its ordinal (20 for the 20th session)", WHOLE_NUMBER),
    localized("title", "title", "Title"),
    sessionDates,
    localized("venue_city", "schedule.venue.city", "The city it meets in"),
    column("format", "schedule.format", "How it meets", oneOf(SessionFormat.options)),
    localized("format_note", "schedule.formatNote", "The arrangement, in words"),
    column("status", "schedule.status", "Where it stands", oneOf(SessionStatus.options), { required: true }),
    column("schedule_history", "scheduleHistory", "Every reschedule, oldest first, with old and new dates", JSON_CELL, {
      emptyIsList: true,
      format: "JSON list of schedule changes",
    }),
    column("agenda", "agenda", "The provisional agenda: its symbol, items and documents", JSON_CELL, {
      format: "JSON provisional agenda",
    }),
    column("provenance", "provenance", "Where the session is stated", JSON_CELL, { format: PROVENANCE_FORMAT }),
  ],
);
