import type { DocumentProvenance, PartialDate, Provenance } from "@remit/core";
import { listOf, type FormFields } from "./FieldErrors";

/**
 * What every record form shows and edits, as the person typed it: the record's id, its
 * period, and the document it was stated in. Each kind's draft adds its own fields.
 */
export interface RecordDraft {
  readonly id: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly sourceSymbol: string;
  readonly sourceParagraphs: string;
  readonly sourceQuote: string;
}

/** A stored record the forms edit: every kind cites its sources. */
interface Cited {
  readonly id: string;
  readonly provenance: readonly Provenance[];
}

/** The document a record was first stated in, when its first source is a document. */
export function firstDocument(record: Cited | undefined): DocumentProvenance | undefined {
  const first = record?.provenance[0];
  return first?.source === "document" ? first : undefined;
}

/** The common fields of a record's draft: its id, period and source as the form shows them. */
export function recordDraftOf(
  record: Cited | undefined,
  period: { readonly start: PartialDate; readonly end?: PartialDate | undefined } | undefined,
  source: DocumentProvenance | undefined = firstDocument(record),
  quote: string = source?.quote ?? "",
): RecordDraft {
  return {
    id: record?.id ?? "",
    periodStart: period?.start ?? "",
    periodEnd: period?.end ?? "",
    sourceSymbol: source?.symbol ?? "",
    sourceParagraphs: source?.paragraphs.join(", ") ?? "",
    sourceQuote: quote,
  };
}

/** The period a draft gives (no end when it was left empty); not yet validated. */
export function periodOfDraft(draft: RecordDraft): { start: string; end?: string } {
  const end = draft.periodEnd.trim();
  return { start: draft.periodStart.trim(), ...(end === "" ? {} : { end }) };
}

/**
 * The sources of the record a draft describes: the draft's document first (what else the
 * stored first document says is kept, its quote replaced), then the stored record's others.
 */
export function provenanceOfDraft(draft: RecordDraft, stored: Cited | undefined): unknown[] {
  const source = firstDocument(stored);
  const { quote: _quote, ...cited } = source ?? {};
  const quote = draft.sourceQuote.trim();
  const document = {
    ...cited,
    source: "document",
    symbol: draft.sourceSymbol.trim(),
    paragraphs: listOf(draft.sourceParagraphs).map((part) => (/^\d+$/.test(part) ? Number(part) : Number.NaN)),
    ...(quote === "" ? {} : { quote }),
  };
  return [document, ...(stored?.provenance.slice(source === undefined ? 0 : 1) ?? [])];
}

const SOURCE_FIELDS: Readonly<Record<string, string>> = {
  symbol: "sourceSymbol",
  paragraphs: "sourceParagraphs",
  quote: "sourceQuote",
};

/** How a badly written value of each common field is said. */
const RECORD_FORMAT_PROBLEMS: FormFields["formatProblem"] = {
  id: "errorIdFormat",
  periodStart: "errorDateFormat",
  periodEnd: "errorDateFormat",
  sourceSymbol: "errorSymbolFormat",
  sourceParagraphs: "errorParagraphs",
};

/**
 * A record form's fields by record path: the common ones where every kind has them (the
 * period under `periodPath`), the kind's own by `ownFieldOf`; and how a badly written value
 * of each is said.
 */
export function recordFormFields(
  periodPath: readonly string[],
  ownFieldOf: (path: readonly PropertyKey[]) => string | undefined,
  ownProblems: FormFields["formatProblem"],
): FormFields {
  return {
    fieldOf: (path) => {
      if (path[0] === "id") return "id";
      if (periodPath.every((key, index) => path[index] === key))
        return path[periodPath.length] === "end" ? "periodEnd" : "periodStart";
      if (path[0] === "provenance") return path.length > 2 ? SOURCE_FIELDS[String(path[2])] : "sourceSymbol";
      return ownFieldOf(path);
    },
    formatProblem: { ...RECORD_FORMAT_PROBLEMS, ...ownProblems },
  };
}
