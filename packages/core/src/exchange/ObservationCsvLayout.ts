import { DisaggregationDimension } from "../metric/Observation";
import { Qualifier } from "../metric/Qualifier";
import { Multiplier } from "../metric/Quantity";
import {
  COVERAGE_FORMATS,
  DATE_FORMAT,
  ID_FORMAT,
  ID_LIST_FORMAT,
  JSON_CELL,
  LIST,
  NUMBER,
  oneOf,
  pairList,
  PROVENANCE_FORMAT,
  TEXT,
  TRUE_FLAG,
} from "./CellCodecs";
import { columnsOf, readParts, writeParts, type CsvPart } from "./CompositeFields";
import { column, getPath, setPath, type CsvField } from "./CsvField";
import { tabularLayout, type TabularCsvLayout } from "./CsvLayout";

const QUANTITY_PARTS: readonly CsvPart[] = [
  { key: "value", header: "value", meaning: "The figure, in full (28.5 million is 28500000)", codec: NUMBER },
  {
    key: "qualifier",
    header: "qualifier",
    meaning: "Whether the figure is exact, approximate or a bound",
    codec: oneOf(Qualifier.options),
  },
  {
    key: "strict",
    header: "strict",
    meaning: 'Set when a bound was stated as "more than" or "fewer than"',
    codec: TRUE_FLAG,
  },
  { key: "unit", header: "unit", meaning: "What the figure counts (person, case, view, …)", codec: TEXT },
  {
    key: "multiplier",
    header: "multiplier",
    meaning: "The scale the figure was written in",
    codec: oneOf(Multiplier.options),
  },
];
const SHARE_COLUMN = {
  header: "share",
  meaning: "A share of a whole, instead of the five quantity columns",
  format:
    'JSON share (`{"basis":"percent","percent":{"value":40,"qualifier":"exact"},"denominator":{"value":263,"qualifier":"exact","unit":"case"}}`)',
};

/**
 * An observation's value: a quantity in five columns (value, qualifier, strict, unit,
 * multiplier), or a share, which keeps its whole and does not flatten, as JSON in `share`.
 * A row fills one or the other.
 */
const metricValue: CsvField = {
  columns: [...columnsOf(QUANTITY_PARTS), SHARE_COLUMN],
  paths: [["value"]],
  required: true,
  requiredColumns: ["value", "share"],
  write: (record) => {
    const value = getPath(record, ["value"]);
    if (typeof value === "object" && value !== null && "basis" in value)
      return [...QUANTITY_PARTS.map(() => ""), JSON_CELL.write(value)];
    return [...writeParts(QUANTITY_PARTS, value), ""];
  },
  read: (cells, record) => {
    const quantity = readParts(QUANTITY_PARTS, cells.slice(0, QUANTITY_PARTS.length), ["value"]);
    const shareCell = cells[QUANTITY_PARTS.length];
    if (shareCell === undefined || shareCell === "") {
      if (quantity.value !== undefined) setPath(record, ["value"], quantity.value);
      return quantity.problems;
    }
    if (quantity.value !== undefined) {
      return [
        {
          column: "share",
          path: ["value"],
          reason: "both a share and a quantity (value, qualifier, …) are filled",
          expected: "one of the two",
        },
      ];
    }
    const share = JSON_CELL.read(shareCell);
    if ("value" in share) {
      setPath(record, ["value"], share.value);
      return [];
    }
    return [
      {
        column: "share",
        path: ["value"],
        reason: share.reason,
        ...(share.expected === undefined ? {} : { expected: share.expected }),
      },
    ];
  },
};

/** The CSV layout of observations: one row per figure. */
export const OBSERVATION_CSV_LAYOUT: TabularCsvLayout = tabularLayout(
  "observation",
  "One row per figure (an observation of an indicator).",
  [
    column("id", "id", "The observation's stable id", TEXT, { required: true, format: ID_FORMAT }),
    column("indicator_id", "indicatorId", "The indicator it is a figure of", TEXT, {
      required: true,
      format: ID_FORMAT,
    }),
    metricValue,
    column("period_start", "scope.period.start", "When the figure holds from (or the only day, month or year)", TEXT, {
      required: true,
      format: DATE_FORMAT,
    }),
    column("period_end", "scope.period.end", "When the figure holds until, when that differs from the start", TEXT, {
      format: DATE_FORMAT,
    }),
    column(
      "period_reading",
      "scope.periodReading",
      'How the period reads: "during" it (the default) or "by" its end',
      oneOf(["during", "by"]),
    ),
    column("countries", "scope.countries.named", "The countries the source names", LIST, {
      emptyIsList: true,
      format: COVERAGE_FORMATS.countries,
    }),
    column(
      "countries_count",
      "scope.countries.count",
      "How many countries the source says there were, when it says so",
      JSON_CELL,
      {
        format: COVERAGE_FORMATS.count,
      },
    ),
    column("regions_m49", "scope.regions.m49", "The regions covered, as UN M49 areas", LIST, {
      emptyIsList: true,
      format: COVERAGE_FORMATS.m49,
    }),
    column(
      "regions_named",
      "scope.regions.named",
      "Regions in the source's words, with the M49 area each stands for when one does",
      JSON_CELL,
      {
        emptyIsList: true,
        format: COVERAGE_FORMATS.named,
      },
    ),
    column(
      "disaggregation",
      "scope.disaggregation",
      "The breakdown the figure is for",
      pairList("dimension", "value", "age-band=9-12;sex=female"),
      {
        emptyIsList: true,
        format: `list of \`dimension=value\`, \`;\` between pairs (\`age-band=9-12\`); dimensions: ${DisaggregationDimension.options.map((value) => `\`${value}\``).join(", ")}`,
      },
    ),
    column("activity_ids", "activityIds", "The activities the figure reports on", LIST, {
      emptyIsList: true,
      format: ID_LIST_FORMAT,
    }),
    column("provenance", "provenance", "Where the figure is stated (at least one source)", JSON_CELL, {
      required: true,
      format: PROVENANCE_FORMAT,
    }),
  ],
);
