import type { FilterTerm, FilterTerms, FilterableKind, InvalidFilter } from "@remit/core";
import { FILTER_TERMS, filterFromTerms, formatPath, inapplicableTerms } from "@remit/core";
import { Effect } from "effect";
import { CliFailure } from "../failure/CliFailure";
import { EXIT_CODES } from "../failure/ExitCode";
import { cliMessage, named, type CliText } from "../messages/CliMessage";
import { LISTED_KINDS, type ListedKind } from "./RecordRows";

/** The filters of `remit list`, as typed on the command line (absent when not given). */
export interface ListFilterFlags {
  readonly country?: string;
  readonly region?: string;
  readonly topic?: string;
  readonly kind?: string;
  readonly partner?: string;
  readonly audience?: string;
  readonly mandate?: string;
  readonly from?: string;
  readonly to?: string;
  readonly text?: string;
  readonly body?: string;
  readonly indicator?: string;
}

/** A filter flag's name. */
type FilterName = keyof ListFilterFlags;

/** The term of core's filters (`FilterTerms`) each flag gives. */
const TERM_OF_FLAG: Readonly<Record<FilterName, FilterTerm>> = {
  country: "country",
  region: "region",
  topic: "topic",
  kind: "kind",
  partner: "partner",
  audience: "audience",
  mandate: "mandate",
  from: "from",
  to: "to",
  text: "text",
  body: "bodyId",
  indicator: "indicatorId",
};

const FLAGS = Object.entries(TERM_OF_FLAG) as [FilterName, FilterTerm][];

/** The flag that gives a term, for messages (`from` and `to` are read together). */
function flagOf(term: FilterTerm | "from/to"): string {
  if (term === "from/to") return "--from/--to";
  return `--${FLAGS.find(([, given]) => given === term)?.[0] ?? term}`;
}

/** The filter flags given, as core's filter terms, in the order they were given. */
export function filterTerms(input: ListFilterFlags): FilterTerms {
  return Object.fromEntries(
    Object.entries(input).flatMap(([name, value]) => {
      const term = TERM_OF_FLAG[name as FilterName] as FilterTerm | undefined;
      return term === undefined || value === undefined ? [] : [[term, value]];
    }),
  );
}

function usage(problems: readonly CliText[]): CliFailure {
  return new CliFailure({ exitCode: EXIT_CODES.usage, problems });
}

/** The filters given that do not apply to `kind` (core's `inapplicableTerms`), as a usage error; undefined when all apply. */
export function inapplicableFilters(kind: ListedKind, flags: ListFilterFlags): CliFailure | undefined {
  const filtered: FilterableKind = LISTED_KINDS[kind];
  const wrong = inapplicableTerms(filtered, filterTerms(flags));
  if (wrong.length === 0) return undefined;
  const flagged = FILTER_TERMS[filtered].filter((term) => FLAGS.some(([, given]) => given === term));
  const applicable = flagged.map(flagOf).join(" ");
  return usage(
    wrong.map((term) =>
      named(cliMessage("cli.filterNotApplicable", { flag: flagOf(term), kind, filters: applicable })),
    ),
  );
}

/** Why the flags make no filter, one line a problem, each naming its flag, in the reader's language. */
function invalidFilterUsage(invalid: InvalidFilter): CliFailure {
  return usage(
    invalid.problems.map((problem) =>
      named(
        cliMessage("cli.invalidFilter", {
          flag: flagOf(problem.term),
          reason: { _tag: "RecordProblemText", problem, reasonOnly: true },
          field: problem.path.length === 0 ? "none" : formatPath(problem.path),
        }),
      ),
    ),
  );
}

/**
 * Core's filter of a kind for the flags (`filterFromTerms`: `--mandate` found by id, symbol or
 * citation, codes read in any case, `--from`/`--to` as one period): a value of the wrong form
 * (an unknown country code, topic or date) is a usage error naming the flag.
 */
export function filterOf<K extends FilterableKind>(kind: K, flags: ListFilterFlags) {
  return filterFromTerms(kind, filterTerms(flags)).pipe(
    Effect.mapError((problem) => (problem._tag === "InvalidFilter" ? invalidFilterUsage(problem) : problem)),
  );
}
