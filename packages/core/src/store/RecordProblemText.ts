import { formatMessage, type MessageValues } from "../message/MessageCatalog";
import type { Language } from "../text/Language";
import {
  ARABIC_RECORD_PROBLEMS,
  CHINESE_RECORD_PROBLEMS,
  FRENCH_RECORD_PROBLEMS,
  RUSSIAN_RECORD_PROBLEMS,
  SPANISH_RECORD_PROBLEMS,
  type RecordProblemCatalog,
  type RecordProblemSlots,
} from "./RecordProblemCatalog";
import { formatPath, formatRecordProblem } from "./RecordProblems";
import { formatRuleIn } from "../rule/RuleText";
import type { ProblemExpectation, ProblemReason } from "./RecordProblemWording";
import type { RecordProblem } from "./StoreErrors";

/** The record problems' wording in the five languages besides English (whose words are the problem's own). */
export const RECORD_PROBLEM_CATALOGS: Readonly<Record<Exclude<Language, "en">, RecordProblemCatalog>> = {
  ar: ARABIC_RECORD_PROBLEMS,
  zh: CHINESE_RECORD_PROBLEMS,
  fr: FRENCH_RECORD_PROBLEMS,
  ru: RUSSIAN_RECORD_PROBLEMS,
  es: SPANISH_RECORD_PROBLEMS,
};

type Key = keyof RecordProblemSlots;

function say<K extends Key>(
  catalog: RecordProblemCatalog,
  key: K,
  values: MessageValues<RecordProblemSlots, K>,
): string {
  return formatMessage(catalog, key, values);
}

/** A value slot in words: literals as they are, the value words in the catalog's language. */
function valueText(catalog: RecordProblemCatalog, value: string): string {
  if (value === "@nothing") return say(catalog, "valueNothing", {});
  if (value === "@object") return say(catalog, "valueObject", {});
  if (value === "@end") return say(catalog, "valueEnd", {});
  const list = /^@list:(\d+)$/u.exec(value);
  return list === null ? value : say(catalog, "valueList", { count: Number(list[1]) });
}

function reasonText(catalog: RecordProblemCatalog, reason: ProblemReason, expected?: ProblemExpectation): string {
  switch (reason.key) {
    case "missing":
      return say(catalog, "missing", {});
    case "wrongType": {
      const type = say(catalog, "type", { type: expected?.key === "type" ? expected.type : "unknown" });
      const actual = say(catalog, "type", { type: reason.actual });
      return say(catalog, "wrongType", { value: valueText(catalog, reason.value), actual, type });
    }
    case "tooShort":
    case "tooLong":
      return say(catalog, reason.key, { value: valueText(catalog, reason.value), count: reason.count });
    case "tooFew":
    case "tooMany":
      return say(catalog, reason.key, { count: reason.count, unit: reason.unit });
    case "notMultiple":
      return say(catalog, "notMultiple", { value: valueText(catalog, reason.value), divisor: reason.divisor });
    case "rule": {
      const rule = formatRuleIn(reason, catalog.language as Exclude<Language, "en">);
      return reason.value === undefined
        ? rule
        : say(catalog, "ruleValue", { value: valueText(catalog, reason.value), rule });
    }
    case "notJson":
      return reason.line === undefined
        ? say(catalog, "notJson", { found: valueText(catalog, reason.found), column: reason.column })
        : say(catalog, "notJsonAt", {
            found: valueText(catalog, reason.found),
            line: reason.line,
            column: reason.column,
          });
    case "notAField": {
      const owner = reason.owner === "" ? say(catalog, "ownerRecord", {}) : reason.owner;
      return say(catalog, "notAField", { field: reason.field, owner });
    }
    default:
      return say(catalog, reason.key, { value: valueText(catalog, reason.value) });
  }
}

function expectationText(catalog: RecordProblemCatalog, expected: ProblemExpectation): string {
  switch (expected.key) {
    case "type":
      return say(catalog, "type", { type: expected.type });
    case "bound": {
      const limit = Number(expected.limit);
      return say(catalog, "bound", {
        relation: expected.relation,
        limit: Number.isSafeInteger(limit) ? limit : expected.limit,
        unit: expected.unit ?? "none",
      });
    }
    case "format":
      return say(catalog, "format", { format: expected.format, pattern: expected.pattern ?? "" });
    case "multiple":
      return say(catalog, "multiple", { divisor: expected.divisor });
    case "oneOf":
      if (expected.all === 1) return expected.values[0] ?? "";
      return say(catalog, "oneOf", {
        values: expected.values.join(", "),
        all: expected.all,
        cut: expected.all > expected.values.length ? "yes" : "no",
      });
    case "exactlyOne":
      return say(catalog, "exactlyOne", {});
    case "json":
      return say(catalog, "json", { expected: expected.expected, mark: expected.mark ?? "" });
    case "anyOf":
      return say(catalog, "anyOf", { options: expected.options.map((option) => expectationText(catalog, option)) });
  }
}

/**
 * What is wrong and what was expected, in a reader's language, without the file, line or
 * field path: for a problem whose place the reader already knows (a command-line flag, a
 * form field). English reads as the problem's own words.
 * @example formatProblemReasonIn({ path: ["country"], reason: "is missing", wording: { reason: { key: "missing" } } }, "fr") // "valeur manquante"
 */
export function formatProblemReasonIn(problem: RecordProblem, language: Language): string {
  if (language === "en" || problem.wording === undefined)
    return `${problem.reason}${problem.expected === undefined ? "" : ` (expected ${problem.expected})`}`;
  const catalog = RECORD_PROBLEM_CATALOGS[language];
  const { reason, expected } = problem.wording;
  const said = reasonText(catalog, reason, expected);
  return expected === undefined
    ? said
    : say(catalog, "reasonExpected", { reason: said, expected: expectationText(catalog, expected) });
}

/**
 * One problem on one line in a reader's language: `activities.jsonl:12: title.en: значение
 * отсутствует (ожидается: текст)`. The file, line and field path stay as they are written;
 * what is wrong and what was expected are worded from the problem's `wording`. English, and
 * a problem in a schema author's own words (no `wording`), read as `formatRecordProblem`.
 * @example formatRecordProblemIn({ path: ["title", "en"], reason: "is missing", wording: { reason: { key: "missing" } } }, "fr") // "title.en : valeur manquante"
 */
export function formatRecordProblemIn(problem: RecordProblem, language: Language): string {
  if (language === "en" || problem.wording === undefined) return formatRecordProblem(problem);
  const catalog = RECORD_PROBLEM_CATALOGS[language];
  const where = [problem.file, problem.line].filter((part) => part !== undefined).join(":");
  const { reason, expected } = problem.wording;
  const path = formatPath(problem.path);
  const said = reasonText(catalog, reason, expected);
  const line =
    expected === undefined
      ? say(catalog, "line", { path, reason: said })
      : say(catalog, "lineExpected", { path, reason: said, expected: expectationText(catalog, expected) });
  return `${where === "" ? "" : `${where}: `}${line}`;
}
