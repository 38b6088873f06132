import * as z from "zod/mini";
import type { RecordProblem } from "./StoreErrors";
import { ZODS_OWN_MESSAGE } from "./DecodingOptions";
import type { FieldPath } from "../exchange/CsvField";
import type { BoundRelation, ProblemReason, ProblemWording, SizeUnit, ValueType } from "./RecordProblemWording";
import { breachOfParams, type RuleBreach } from "../rule/RuleBreach";
import { formatRuleOfMessage } from "../rule/FormatRules";

/** Where a record came from, passed through to every problem found in it. */
export interface RecordSource {
  readonly file?: string;
  readonly line?: number;
}

type Issue = z.core.$ZodIssue;
interface Wording {
  readonly reason: string;
  readonly expected?: string;
  /** The same as data, for `formatRecordProblemIn`; absent where the words are a schema author's. */
  readonly wording?: ProblemWording;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  tuple: "a list",
  record: "an object",
  date: "a date",
  null: "null",
  bigint: "a big integer",
};
const SIZE_UNITS: Readonly<Record<string, SizeUnit>> = {
  string: "character",
  array: "item",
  set: "item",
  file: "byte",
};
const VALUE_TYPES: ReadonlySet<string> = new Set<ValueType>([
  "string",
  "number",
  "int",
  "boolean",
  "array",
  "object",
  "date",
  "null",
  "bigint",
]);
const MAX_LISTED_VALUES = 12;

/** Shows a value the way a person would quote it in a problem report, shortened when long. */
export function showValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") {
    const quoted = JSON.stringify(value);
    return quoted.length > 62 ? `${quoted.slice(0, 58)}…"` : quoted;
  }
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? "" : "s"}`;
  if (value === null) return "null";
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** A value as a wording slot holds it: a literal any reader can read, or one of the value words. */
function valueSlot(value: unknown): string {
  if (value === undefined) return "@nothing";
  if (Array.isArray(value)) return `@list:${value.length}`;
  if (typeof value === "object" && value !== null) return "@object";
  return showValue(value);
}

function valueType(value: unknown): ValueType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "number";
  return VALUE_TYPES.has(typeof value) ? (typeof value as ValueType) : "unknown";
}

function expectedType(name: string): ValueType {
  if (name === "tuple") return "array";
  if (name === "record") return "object";
  return VALUE_TYPES.has(name) ? (name as ValueType) : "unknown";
}

/** A value's kind in English words: the kind `valueType` names. */
function typeOf(value: unknown): string {
  const type = valueType(value);
  return type === "unknown" ? typeof value : (TYPE_WORDS[type] ?? type);
}

/**
 * Formats a field path as a reader writes it: `scope.countries.named[2]`; the whole record
 * is `(record)`.
 */
export function formatPath(path: FieldPath): string {
  if (path.length === 0) return "(record)";
  return path
    .map((part, index) => {
      if (typeof part === "number") return `[${part}]`;
      if (/^[A-Za-z_$][\w$]*$/.test(part)) return index === 0 ? part : `.${part}`;
      return `[${JSON.stringify(part)}]`;
    })
    .join("");
}

/** One problem on one line: `activities.jsonl:12: scope.countries.named[2]: … (expected …)`. */
export function formatRecordProblem(problem: RecordProblem): string {
  const where = [problem.file, problem.line].filter((part) => part !== undefined).join(":");
  const expected = problem.expected === undefined ? "" : ` (expected ${problem.expected})`;
  return `${where === "" ? "" : `${where}: `}${formatPath(problem.path)}: ${problem.reason}${expected}`;
}

/**
 * The message zod would have written itself; a different message was written by the schema's
 * author. Core's decoders parse with DECODING_OPTIONS (zod's fallback words); an app's own parse
 * may carry its locale's words instead.
 */
function isAuthorsMessage(issue: Issue): boolean {
  if (issue.message === ZODS_OWN_MESSAGE) return false;
  const localeError = z.config().localeError;
  if (localeError === undefined) return true;
  const fallback = localeError({ ...issue, input: issue.input } as z.core.$ZodRawIssue);
  const text = typeof fallback === "string" ? fallback : fallback?.message;
  return text !== issue.message;
}

/** Joins a value and an author's message so it reads as one sentence. */
function withValue(input: unknown, message: string): string {
  // A refinement of an object reports the whole object as its input: quoting it says nothing.
  if (input === undefined || (typeof input === "object" && input !== null)) return message;
  const shown = showValue(input);
  if (message.includes(shown)) return message;
  if (/^(is|are|must|should|does|has|was|cannot|can't|may)\b/.test(message)) return `${shown} ${message}`;
  return `${shown}: ${message}`;
}

/** The first allowed values, as JSON, for a problem to list. */
function shownValues(values: readonly unknown[]): string[] {
  return values.slice(0, MAX_LISTED_VALUES).map((value) => JSON.stringify(value) ?? String(value));
}

function listValues(values: readonly unknown[]): string {
  const shown = shownValues(values);
  const rest = values.length > MAX_LISTED_VALUES ? `, … (${values.length} in all)` : "";
  return values.length === 1 ? (shown[0] ?? "") : `one of ${shown.join(", ")}${rest}`;
}

function oneOf(values: readonly unknown[]): NonNullable<ProblemWording["expected"]> {
  return { key: "oneOf", values: shownValues(values), all: values.length };
}

function bound(issue: Extract<Issue, { code: "too_small" | "too_big" }>): Wording {
  const small = issue.code === "too_small";
  const limit = small ? issue.minimum : issue.maximum;
  const relationKey: BoundRelation = issue.exact
    ? "exactly"
    : small
      ? issue.inclusive
        ? "atLeast"
        : "moreThan"
      : issue.inclusive
        ? "atMost"
        : "lessThan";
  const relation = issue.exact
    ? "exactly"
    : small
      ? issue.inclusive
        ? "at least"
        : "more than"
      : issue.inclusive
        ? "at most"
        : "less than";
  const unit = SIZE_UNITS[issue.origin];
  const value = valueSlot(issue.input);
  const expectedBound = {
    key: "bound",
    relation: relationKey,
    limit: String(limit),
    ...(unit === undefined ? {} : { unit }),
  } as const;
  if (unit === undefined) {
    return {
      reason: `${showValue(issue.input)} is too ${small ? "small" : "large"}`,
      expected: `${relation} ${String(limit)}`,
      wording: { reason: { key: small ? "tooSmall" : "tooLarge", value }, expected: expectedBound },
    };
  }
  const expected = `${relation} ${String(limit)} ${unit}${limit === 1 || limit === 1n ? "" : "s"}`;
  const size = Array.isArray(issue.input) || typeof issue.input === "string" ? issue.input.length : undefined;
  const counted = size === undefined ? undefined : `${size} ${unit}${size === 1 ? "" : "s"}`;
  if (issue.origin === "string") {
    return {
      reason: `${showValue(issue.input)} is too ${small ? "short" : "long"}${counted === undefined ? "" : ` (${counted})`}`,
      expected,
      ...(size === undefined
        ? {}
        : {
            wording: { reason: { key: small ? "tooShort" : "tooLong", value, count: size }, expected: expectedBound },
          }),
    };
  }
  const few = small ? "few" : "many";
  return {
    reason: counted === undefined ? `has too ${few} ${unit}s` : `has ${counted}, too ${few}`,
    expected,
    ...(size === undefined
      ? {}
      : { wording: { reason: { key: small ? "tooFew" : "tooMany", count: size, unit }, expected: expectedBound } }),
  };
}

function words(issue: Issue): Wording {
  switch (issue.code) {
    case "invalid_type": {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      const type = { key: "type", type: expectedType(issue.expected) } as const;
      if (issue.input === undefined)
        return { reason: "is missing", expected, wording: { reason: { key: "missing" }, expected: type } };
      const value = valueSlot(issue.input);
      if (issue.expected === "int" && typeof issue.input === "number") {
        return {
          reason: `${showValue(issue.input)} is not a whole number`,
          expected,
          wording: { reason: { key: "notWhole", value }, expected: type },
        };
      }
      return {
        reason: `${showValue(issue.input)} is ${typeOf(issue.input)}, not ${expected}`,
        expected,
        wording: { reason: { key: "wrongType", value, actual: valueType(issue.input) }, expected: type },
      };
    }
    case "too_small":
    case "too_big":
      return bound(issue);
    case "invalid_format": {
      const format =
        issue.format === "regex" ? `text matching ${issue.pattern ?? "the pattern"}` : `a valid ${issue.format}`;
      return {
        reason: `${showValue(issue.input)} is not ${format}`,
        expected: format,
        wording: {
          reason: { key: "badFormat", value: valueSlot(issue.input) },
          expected: {
            key: "format",
            format: issue.format,
            ...(issue.pattern === undefined ? {} : { pattern: String(issue.pattern) }),
          },
        },
      };
    }
    case "not_multiple_of":
      return {
        reason: `${showValue(issue.input)} is not a multiple of ${issue.divisor}`,
        expected: `a multiple of ${issue.divisor}`,
        wording: {
          reason: { key: "notMultiple", value: valueSlot(issue.input), divisor: Number(issue.divisor) },
          expected: { key: "multiple", divisor: Number(issue.divisor) },
        },
      };
    case "invalid_value":
      return {
        reason: `${showValue(issue.input)} is not an allowed value`,
        expected: listValues(issue.values),
        wording: { reason: { key: "notAllowed", value: valueSlot(issue.input) }, expected: oneOf(issue.values) },
      };
    case "invalid_union":
      if (issue.inclusive === false)
        return {
          reason: `${showValue(issue.input)} matches more than one of the allowed shapes`,
          expected: "exactly one",
          wording: {
            reason: { key: "severalShapes", value: valueSlot(issue.input) },
            expected: { key: "exactlyOne" },
          },
        };
      if (issue.discriminator !== undefined && issue.options !== undefined) {
        const named = (issue.input as Record<string, unknown> | undefined)?.[issue.discriminator];
        const reason = named === undefined ? "is missing" : `${showValue(named)} does not name a known variant`;
        return {
          reason,
          expected: listValues(issue.options),
          wording: {
            reason: named === undefined ? { key: "missing" } : { key: "unknownVariant", value: valueSlot(named) },
            expected: oneOf(issue.options),
          },
        };
      }
      return {
        reason: `${showValue(issue.input)} matches none of the allowed shapes`,
        wording: { reason: { key: "noShape", value: valueSlot(issue.input) } },
      };
    default:
      return { reason: issue.message };
  }
}

/**
 * A value that matches none of a union's shapes, with what each shape expected (each said
 * once: two shapes that both want an object are one "an object"), as words and as data.
 */
function noShapeWords(issue: Extract<Issue, { code: "invalid_union" }>): Wording {
  const byText = new Map<string, Wording>();
  for (const alternative of issue.errors) {
    const said = alternative.map(words).find((wording) => wording.expected !== undefined);
    if (said?.expected !== undefined && !byText.has(said.expected)) byText.set(said.expected, said);
  }
  const options = [...byText.values()];
  const expectations = options.map((option) => option.wording?.expected);
  const value = valueSlot(issue.input);
  const reason = `${showValue(issue.input)} matches none of the allowed shapes`;
  const expected = options.length === 0 ? {} : { expected: [...byText.keys()].join(" or ") };
  if (!expectations.every((option) => option !== undefined)) return { reason, ...expected };
  const [only] = expectations;
  const wordedExpected =
    expectations.length > 1
      ? { expected: { key: "anyOf", options: expectations } as const }
      : only === undefined
        ? {}
        : { expected: only };
  return { reason, ...expected, wording: { reason: { key: "noShape", value }, ...wordedExpected } };
}

/**
 * Of a union's alternatives, the one the input most nearly matches: the one whose problems
 * are fewest, ignoring alternatives that fail at their own root (the input is not even of
 * their type). Undefined when every alternative fails at its root.
 */
function closestAlternative(alternatives: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  const failsAtRoot = (issue: Issue): boolean =>
    (issue.path.length === 0 && (issue.code === "invalid_type" || issue.code === "invalid_value")) ||
    // A nested discriminated union whose tag is wrong or absent: the input is not of its kind.
    (issue.code === "invalid_union" && issue.discriminator !== undefined && issue.path.length <= 1);
  const plausible = alternatives.filter((issues) => !issues.some(failsAtRoot));
  return [...plausible].sort((a, b) => a.length - b.length)[0];
}

function toPath(prefix: FieldPath, path: readonly PropertyKey[]): FieldPath {
  return [...prefix, ...path.map((part) => (typeof part === "number" ? part : String(part)))];
}

function problemsOf(issue: Issue, prefix: FieldPath, source: RecordSource): RecordProblem[] {
  const path = toPath(prefix, issue.path);
  const problem = (wording: Wording, at: FieldPath = path): RecordProblem => ({ ...source, path: at, ...wording });
  if (issue.code === "unrecognized_keys") {
    const owner = path.length === 0 ? "this record" : formatPath(path);
    return issue.keys.map((key) =>
      problem(
        {
          reason: `${JSON.stringify(key)} is not a field of ${owner}`,
          wording: {
            reason: { key: "notAField", field: JSON.stringify(key), owner: path.length === 0 ? "" : formatPath(path) },
          },
        },
        [...path, key],
      ),
    );
  }
  if (issue.code === "invalid_key") {
    return issue.issues.flatMap((inner) =>
      problemsOf(inner, path, source).map(({ wording: _unsaid, ...found }) => ({
        ...found,
        reason: `the key ${found.reason}`,
      })),
    );
  }
  if (issue.code === "invalid_element") return issue.issues.flatMap((inner) => problemsOf(inner, path, source));
  if (issue.code === "invalid_union" && issue.discriminator === undefined && !isAuthorsMessage(issue)) {
    const closest = closestAlternative(issue.errors);
    if (closest !== undefined && closest.length > 0) return closest.flatMap((inner) => problemsOf(inner, path, source));
    return [problem(noShapeWords(issue))];
  }
  if (issue.code !== "custom" && !isAuthorsMessage(issue)) return [problem(words(issue))];
  // The author's words say what is wrong; zod's `expected` is kept unless the words already say it.
  const breach = issue.code === "custom" ? breachOfParams(issue.params) : formatRuleOfMessage(issue.message);
  const own =
    issue.code === "custom" || /\bexpected\b/i.test(issue.message) || breach !== undefined
      ? undefined
      : words(issue).expected;
  const reason = withValue(issue.input, issue.message);
  return [
    problem({
      reason,
      ...(own === undefined ? {} : { expected: own }),
      ...(breach === undefined
        ? {}
        : { wording: { reason: ruleReason(breach, issue.input, reason !== issue.message) } }),
    }),
  ];
}

/** A broken rule as a wording reason, with the value at fault when the English words show it before the rule. */
function ruleReason(breach: RuleBreach, input: unknown, valueShown: boolean): ProblemReason {
  return { key: "rule", rule: breach.rule, values: breach.values, ...(valueShown ? { value: valueSlot(input) } : {}) };
}

/**
 * Turns every zod issue into RecordProblems a person can act on: the field path, what is
 * wrong in plain words (the schema author's own message when there is one), and what was
 * expected. The file and line of `source` are passed through. Parse with
 * `{ reportInput: true }` so the problems can quote the offending values.
 * @example problemsFromIssues(Mandate.safeParse(x, { reportInput: true }).error.issues, { file: "mandates.jsonl", line: 4 })
 */
export function problemsFromIssues(issues: readonly Issue[], source: RecordSource = {}): RecordProblem[] {
  return issues.flatMap((issue) => problemsOf(issue, [], source));
}
