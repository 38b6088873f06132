import type { FilterableKind, FilterOf } from "@remit/core";
import { FILTER_SCHEMAS, formatPath, periodBetween, problemsFromIssues } from "@remit/core";
import { CliFailure } from "../failure/CliFailure";
import { EXIT_CODES } from "../failure/ExitCode";
import type { ListedKind } from "./RecordRows";

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
export type FilterName = keyof ListFilterFlags;

/** Which filters apply to which kind of record: the fields of the kind's filter schema in core. */
const FILTERS_OF: Readonly<Record<ListedKind, readonly FilterName[]>> = {
  activities: ["country", "region", "topic", "kind", "partner", "audience", "mandate", "from", "to", "text"],
  mandates: ["body", "from", "to", "text"],
  sessions: ["body", "from", "to", "text"],
  instruments: ["from", "to", "text"],
  observations: ["indicator", "country", "from", "to"],
};

/** The flag of each field of core's filter schemas, for messages. */
const FLAG_OF_FIELD: Readonly<Record<string, string>> = {
  mandateId: "--mandate",
  bodyId: "--body",
  indicatorId: "--indicator",
  period: "--from/--to",
};

/** The filter flags given, without the other flags of the command. */
export function givenFilters(input: ListFilterFlags): ListFilterFlags {
  const names = Object.values(FILTERS_OF).flat();
  return Object.fromEntries(
    Object.entries(input).filter(([name, value]) => names.includes(name as FilterName) && value !== undefined),
  );
}

/** The filters given that do not apply to `kind`, as a usage error; undefined when all apply. */
export function inapplicableFilters(kind: ListedKind, flags: ListFilterFlags): CliFailure | undefined {
  const wrong = (Object.keys(givenFilters(flags)) as FilterName[]).filter((name) => !FILTERS_OF[kind].includes(name));
  if (wrong.length === 0) return undefined;
  const applicable = FILTERS_OF[kind].map((name) => `--${name}`).join(" ");
  return usage(
    wrong.map((name) => `remit: --${name} does not filter ${kind}; the filters of ${kind} are ${applicable}`),
  );
}

function usage(problems: readonly string[]): CliFailure {
  return new CliFailure({ exitCode: EXIT_CODES.usage, problems });
}

/**
 * Core's filter of a kind for the flags, validated by its schema (`FILTER_SCHEMAS`): a value
 * of the wrong form (an unknown country code, topic or date) is a usage error naming the
 * flag. `mandateId` is the id `--mandate` resolved to; codes are read in any case.
 */
export function filterOf<K extends FilterableKind>(
  kind: K,
  flags: ListFilterFlags,
  mandateId?: string,
): FilterOf<K> | CliFailure {
  const period = periodBetween(flags.from, flags.to);
  if (period !== undefined && !period.ok) {
    return usage([`remit: --from/--to: ${period.error.reason} (expected a date as YYYY, YYYY-MM or YYYY-MM-DD)`]);
  }
  const raw = {
    ...(mandateId === undefined ? {} : { mandateId }),
    ...(flags.country === undefined ? {} : { country: flags.country.toUpperCase() }),
    ...(flags.region === undefined ? {} : { region: flags.region }),
    ...(flags.topic === undefined ? {} : { topic: flags.topic }),
    ...(flags.kind === undefined ? {} : { kind: flags.kind }),
    ...(flags.partner === undefined ? {} : { partner: flags.partner }),
    ...(flags.audience === undefined ? {} : { audience: flags.audience }),
    ...(flags.body === undefined ? {} : { bodyId: flags.body.toLowerCase() }),
    ...(flags.indicator === undefined ? {} : { indicatorId: flags.indicator }),
    ...(period === undefined ? {} : { period: period.value }),
    ...(flags.text === undefined ? {} : { text: flags.text }),
  };
  const parsed = FILTER_SCHEMAS[kind].safeParse(raw, { reportInput: true });
  if (parsed.success) return parsed.data as FilterOf<K>;
  return usage(
    problemsFromIssues(parsed.error.issues).map((problem) => {
      const field = String(problem.path[0] ?? "");
      const flag = FLAG_OF_FIELD[field] ?? `--${field}`;
      const expected = problem.expected === undefined ? "" : ` (expected ${problem.expected})`;
      return `remit: ${flag}: ${problem.reason}${expected} [${formatPath(problem.path)}]`;
    }),
  );
}
