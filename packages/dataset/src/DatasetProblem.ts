import type { EntityKind } from "@remit/core";

/**
 * One thing wrong in the dataset: the file, the record's index in that file (from 0), its
 * id when it has one, the field path inside the record and what is wrong.
 */
export interface DatasetProblem {
  readonly file: string;
  readonly kind: EntityKind;
  /** The record's position in its file's array, from 0. */
  readonly index: number;
  readonly id?: string;
  /** The field path inside the record, e.g. ["scope", "countries", "named", 2]. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in words a person can act on. */
  readonly reason: string;
  /** What was expected there, when it can be said. */
  readonly expected?: string;
}

/**
 * Writes a problem the way an editor of the data files needs it:
 * `data/activities.json[3] "act-x" countries.named[0]: … (expected …)`.
 */
export function formatDatasetProblem(problem: DatasetProblem): string {
  const id = problem.id === undefined ? "" : ` "${problem.id}"`;
  const path = problem.path.length === 0 ? "(record)" : formatFieldPath(problem.path);
  const expected = problem.expected === undefined ? "" : ` (expected ${problem.expected})`;
  return `${problem.file}[${problem.index}]${id} ${path}: ${problem.reason}${expected}`;
}

function formatFieldPath(path: readonly (string | number)[]): string {
  return path.map((part, index) => (typeof part === "number" ? `[${part}]` : index === 0 ? part : `.${part}`)).join("");
}

/**
 * The dataset does not validate: `problems` lists every problem in every file, not just the
 * first, so one run shows everything to fix; each names its file, record and field. Plain
 * tagged data like core's errors: tell it by `_tag`.
 */
export interface InvalidDataset {
  readonly _tag: "InvalidDataset";
  readonly problems: readonly DatasetProblem[];
  readonly message: string;
}

/**
 * Builds the {@link InvalidDataset} for a list of problems, with a message showing the first five.
 * @example invalidDataset(problems).message // 'The dataset has 2 problems: sessions.json[3] "ccpcj-30" bodyId: …'
 */
export function invalidDataset(problems: readonly DatasetProblem[]): InvalidDataset {
  const shown = problems.slice(0, 5).map(formatDatasetProblem).join("; ");
  const more = problems.length > 5 ? `; and ${problems.length - 5} more` : "";
  return {
    _tag: "InvalidDataset",
    problems,
    message: `The dataset has ${problems.length} problem${problems.length === 1 ? "" : "s"}: ${shown}${more}`,
  };
}
