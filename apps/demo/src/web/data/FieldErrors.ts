import type { RecordProblem } from "@remit/core";
import type { EditMessageKey } from "../i18n/edit/EditMessageSlots";

/** What is wrong with a form field, as a message of the edit pages' catalog. */
type FieldProblem = Extract<
  EditMessageKey,
  | "errorRequired"
  | "errorIdFormat"
  | "errorIdTaken"
  | "errorDateFormat"
  | "errorPeriodOrder"
  | "errorCountryFormat"
  | "errorParagraphs"
  | "errorNumber"
  | "errorNotNegative"
  | "errorChooseOne"
  | "errorUnitFormat"
  | "errorSymbolFormat"
  | "errorInvalid"
  | "errorServer"
>;

/** One problem of a form: the field it belongs to ("" for the record as a whole) and what is wrong. */
export interface FieldError {
  readonly field: string;
  readonly problem: FieldProblem;
  /** The server's own words, for problems only the server found. */
  readonly detail?: string;
  /** The server's problem as data (its `wording`), to say it in the page's language. */
  readonly serverProblem?: RecordProblem;
}

/** How a form names its fields: the field a record path belongs to, and the problem a badly written value is. */
export interface FormFields {
  readonly fieldOf: (path: readonly PropertyKey[]) => string | undefined;
  readonly formatProblem: Readonly<Record<string, FieldProblem>>;
}

/**
 * An issue of a zod schema of core's, as far as a form reads it (the demo takes zod's types
 * through core's schemas, not zod itself): where, what kind of problem, and the value found.
 */
interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly input?: unknown;
  readonly origin?: string;
  readonly expected?: string;
  /** A union's issues, branch by branch. */
  readonly errors?: readonly (readonly SchemaIssue[])[];
}

/** A schema of core's (Activity, Observation), as a form validates with it. */
export interface RecordSchema<T> {
  readonly safeParse: (
    value: unknown,
    params: { readonly reportInput: boolean },
  ) =>
    | { readonly success: true; readonly data: T }
    | { readonly success: false; readonly error: { readonly issues: readonly SchemaIssue[] } };
}

type Issue = SchemaIssue;

function problemOf(field: string, issue: Issue, form: FormFields): FieldProblem {
  const input = issue.input;
  if (input === undefined || input === "") return "errorRequired";
  if (issue.code === "too_small") return issue.origin === "number" ? "errorNotNegative" : "errorRequired";
  if (issue.code === "custom" && field === "periodEnd") return "errorPeriodOrder";
  if (issue.code === "invalid_value") return "errorChooseOne";
  if (issue.code === "invalid_type" && issue.expected === "number" && field === "value") return "errorNumber";
  return form.formatProblem[field] ?? "errorInvalid";
}

/**
 * The schema's issues (core's zod schema, the one the API validates with) as field errors,
 * one per field (the first issue found), in the form's words. A union's issues are read in
 * its first branch, the one a form fills in.
 */
export function fieldErrorsOf(issues: readonly Issue[], form: FormFields): FieldError[] {
  const errors = new Map<string, FieldError>();
  const visit = (issue: Issue, prefix: readonly PropertyKey[]) => {
    const path = [...prefix, ...issue.path];
    const firstBranch = issue.code === "invalid_union" ? issue.errors?.[0] : undefined;
    if (firstBranch !== undefined && firstBranch.length > 0) {
      for (const inner of firstBranch) visit(inner, path);
      return;
    }
    const field = form.fieldOf(path) ?? "";
    if (!errors.has(field)) errors.set(field, { field, problem: problemOf(field, issue, form) });
  };
  for (const issue of issues) visit(issue, []);
  return [...errors.values()];
}

/** A problem the API reported for a record (InvalidRecord's `problems`), as field errors. */
export function serverFieldErrors(problems: unknown, form: FormFields): FieldError[] {
  if (!Array.isArray(problems)) return [];
  return problems.flatMap((problem: unknown) => {
    if (typeof problem !== "object" || problem === null) return [];
    const { path, reason } = problem as { readonly path?: unknown; readonly reason?: unknown };
    const said = Array.isArray(path) && typeof reason === "string";
    return [
      {
        field: Array.isArray(path) ? (form.fieldOf(path as PropertyKey[]) ?? "") : "",
        problem: "errorServer" as const,
        detail: typeof reason === "string" ? reason : "",
        ...(said ? { serverProblem: problem as RecordProblem } : {}),
      },
    ];
  });
}

/** Splits comma-separated text into its trimmed, non-empty parts. */
export function listOf(text: string): string[] {
  return text
    .split(/[,،、，]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}
