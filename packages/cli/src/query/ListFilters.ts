import type { ActivityFilter, LegalInstrument, Mandate, Observation, Period, Session } from "@remit/core";
import {
  ActivityFilter as ActivityFilterSchema,
  currentDates,
  formatPath,
  matchesSearchText,
  openingDay,
  overlaps,
  problemsFromIssues,
} from "@remit/core";
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

/** Which filters apply to which kind of record. */
export const FILTERS_OF: Readonly<Record<ListedKind, readonly FilterName[]>> = {
  activities: ["country", "region", "topic", "kind", "partner", "audience", "mandate", "from", "to", "text"],
  mandates: ["body", "from", "to", "text"],
  sessions: ["body", "from", "to", "text"],
  instruments: ["from", "to", "text"],
  observations: ["indicator", "country", "from", "to"],
};

const FLAG_OF_FIELD: Readonly<Record<string, string>> = { mandateId: "--mandate", period: "--from/--to" };

/** The filters given that do not apply to `kind`, as a usage error; undefined when all apply. */
export function inapplicableFilters(kind: ListedKind, flags: ListFilterFlags): CliFailure | undefined {
  const given = (Object.keys(flags) as FilterName[]).filter((name) => flags[name] !== undefined);
  const wrong = given.filter((name) => !FILTERS_OF[kind].includes(name));
  if (wrong.length === 0) return undefined;
  const applicable = FILTERS_OF[kind].map((name) => `--${name}`).join(" ");
  return new CliFailure({
    exitCode: EXIT_CODES.usage,
    problems: wrong.map((name) => `remit: --${name} does not filter ${kind}; the filters of ${kind} are ${applicable}`),
  });
}

/**
 * The period `--from` and `--to` ask for: from the start of `--from` to the end of `--to`,
 * open-ended on a side not given (`--from 2020` is 2020 onwards, not the year 2020).
 */
export function periodOf(flags: ListFilterFlags): Period | undefined {
  if (flags.from === undefined && flags.to === undefined) return undefined;
  return { start: flags.from ?? "0001", end: flags.to ?? "9999" };
}

/**
 * The activity filter for the flags, validated by core's `ActivityFilter` schema; a value
 * of the wrong form (an unknown country code, topic or date) is a usage error naming the flag.
 * `mandateId` is the id `--mandate` resolved to.
 */
export function activityFilterOf(flags: ListFilterFlags, mandateId: string | undefined): ActivityFilter | CliFailure {
  const period = periodOf(flags);
  const raw = {
    ...(mandateId === undefined ? {} : { mandateId }),
    ...(flags.country === undefined ? {} : { country: flags.country.toUpperCase() }),
    ...(flags.region === undefined ? {} : { region: flags.region }),
    ...(flags.topic === undefined ? {} : { topic: flags.topic }),
    ...(flags.kind === undefined ? {} : { kind: flags.kind }),
    ...(flags.partner === undefined ? {} : { partner: flags.partner }),
    ...(flags.audience === undefined ? {} : { audience: flags.audience }),
    ...(period === undefined ? {} : { period }),
    ...(flags.text === undefined ? {} : { text: flags.text }),
  };
  const parsed = ActivityFilterSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) return parsed.data;
  return new CliFailure({
    exitCode: EXIT_CODES.usage,
    problems: problemsFromIssues(parsed.error.issues).map((problem) => {
      const field = String(problem.path[0] ?? "");
      const flag = FLAG_OF_FIELD[field] ?? `--${field}`;
      const expected = problem.expected === undefined ? "" : ` (expected ${problem.expected})`;
      return `remit: ${flag}: ${problem.reason}${expected} [${formatPath(problem.path)}]`;
    }),
  });
}

function textsOf(value: { readonly [language: string]: string | undefined } | undefined): string[] {
  return value === undefined ? [] : Object.values(value).filter((text): text is string => text !== undefined);
}

function inPeriod(date: string | undefined, period: Period | undefined): boolean {
  if (period === undefined) return true;
  return date !== undefined && overlaps({ start: date }, period);
}

/** Whether a mandate passes `--body`, `--from`/`--to` (its adoption) and `--text` (symbol, title). */
export function matchesMandate(mandate: Mandate, flags: ListFilterFlags): boolean {
  if (flags.body !== undefined && mandate.adoptingBodyId !== flags.body.toLowerCase()) return false;
  if (!inPeriod(mandate.adoptedOn, periodOf(flags))) return false;
  return (
    flags.text === undefined ||
    matchesSearchText([mandate.symbol ?? "", mandate.id, ...textsOf(mandate.title)], flags.text)
  );
}

/** Whether a session passes `--body`, `--from`/`--to` (its opening) and `--text` (its title). */
export function matchesSession(session: Session, flags: ListFilterFlags): boolean {
  if (flags.body !== undefined && session.bodyId !== flags.body.toLowerCase()) return false;
  if (!inPeriod(openingDay(currentDates(session)), periodOf(flags))) return false;
  return flags.text === undefined || matchesSearchText([session.id, ...textsOf(session.title)], flags.text);
}

/** Whether an instrument passes `--from`/`--to` (its entry into force) and `--text` (its names). */
export function matchesInstrument(instrument: LegalInstrument, flags: ListFilterFlags): boolean {
  if (!inPeriod(instrument.enteredIntoForceOn, periodOf(flags))) return false;
  const names = [instrument.id, ...textsOf(instrument.name), ...textsOf(instrument.shortName)];
  return flags.text === undefined || matchesSearchText(names, flags.text);
}

/** Whether an observation passes `--indicator`, `--country` (named in its scope) and `--from`/`--to`. */
export function matchesObservation(observation: Observation, flags: ListFilterFlags): boolean {
  if (flags.indicator !== undefined && observation.indicatorId !== flags.indicator) return false;
  if (flags.country !== undefined && !observation.scope.countries.named.includes(flags.country.toUpperCase()))
    return false;
  const period = periodOf(flags);
  return period === undefined || overlaps(observation.scope.period, period);
}
