import type { Result } from "../result/Result";
import { Effect } from "effect";
import { periodBetween } from "../time/PeriodText";
import { DECODING_OPTIONS } from "./DecodingOptions";
import { problemsFromIssues } from "./RecordProblems";
import { FILTER_SCHEMAS, type FilterableKind, type FilterOf } from "./RecordFilter";
import { Store } from "./Store";
import type { NotFound, RecordProblem, StoreFailure } from "./StoreErrors";

/**
 * A list filter as people write it, in a command's flags, a query string or a page's URL:
 * every field of the kinds' filters (`FILTER_SCHEMAS`) as text, except that a mandate is
 * named by id, symbol or citation (`mandate`, not `mandateId`) and a period by the dates it
 * runs `from` and `to`, either left out.
 */
export interface FilterTerms {
  readonly country?: string;
  readonly region?: string;
  readonly placeRole?: string;
  readonly topic?: string;
  readonly kind?: string;
  readonly partner?: string;
  readonly audience?: string;
  /** A mandate the activities serve: its id, symbol or citation. */
  readonly mandate?: string;
  readonly bodyId?: string;
  readonly indicatorId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly text?: string;
}

/** The name of one filter term. */
export type FilterTerm = keyof FilterTerms;

/**
 * The terms that filter each kind, in the order people are shown them. Activities are
 * filtered by where (country, region, a place's role), what (topic, kind), with whom
 * (partner, audience), for which mandate, when and by words; mandates and sessions by body,
 * dates and words; instruments by dates and words; observations by indicator, country and dates.
 */
export const FILTER_TERMS: { readonly [K in FilterableKind]: readonly FilterTerm[] } = {
  activity: ["country", "region", "topic", "kind", "partner", "audience", "mandate", "from", "to", "text", "placeRole"],
  mandate: ["bodyId", "from", "to", "text"],
  session: ["bodyId", "from", "to", "text"],
  instrument: ["from", "to", "text"],
  observation: ["indicatorId", "country", "from", "to"],
};

/**
 * The terms given that do not filter `kind`, in the order given: a country does not filter
 * mandates, a body does not filter activities.
 * @example inapplicableTerms("mandate", { country: "BRA", bodyId: "ga" }) // ["country"]
 */
export function inapplicableTerms(kind: FilterableKind, terms: FilterTerms): FilterTerm[] {
  return (Object.keys(terms) as FilterTerm[]).filter(
    (term) => terms[term] !== undefined && !FILTER_TERMS[kind].includes(term),
  );
}

/** One thing wrong with a filter: the term it came from, and what is wrong in the filter it makes. */
export interface FilterProblem extends RecordProblem {
  /** The term at fault; `from` and `to` are read together, as the filter's period. */
  readonly term: FilterTerm | "from/to";
}

/** The terms do not make a filter of the kind: every problem, each with the term it came from. */
export interface InvalidFilter {
  readonly _tag: "InvalidFilter";
  readonly kind: FilterableKind;
  readonly problems: readonly FilterProblem[];
  readonly message: string;
}

/** A filter read from terms, or why the terms make none. */
export type FilterReading<K extends FilterableKind> = Result<FilterOf<K>, InvalidFilter>;

const TERM_OF_FIELD: Readonly<Record<string, FilterProblem["term"]>> = { mandateId: "mandate", period: "from/to" };

function invalidFilter(kind: FilterableKind, problems: readonly FilterProblem[]): InvalidFilter {
  const first = problems[0];
  const where = first === undefined ? "" : `${first.term}: ${first.reason}`;
  return {
    _tag: "InvalidFilter",
    kind,
    problems,
    message: `The terms do not make a filter of ${kind} records (${where}).`,
  };
}

/**
 * The filter of a kind the terms make, validated by the kind's schema: codes are read in any
 * case (`bra` is Brazil, `GA` the General Assembly), `from`/`to` become one period
 * (`periodBetween`: `from` 2020 is 2020 onwards) and `mandateId` is the id the `mandate` term
 * was found to name (see {@link filterFromTerms}, which finds it). Terms that do not filter
 * the kind are not read (see {@link inapplicableTerms}).
 * @example readFilter("activity", { country: "slv", from: "2020" }) // { ok: true, value: { country: "SLV", period: { start: "2020", end: "9999" } } }
 */
export function readFilter<K extends FilterableKind>(
  kind: K,
  terms: FilterTerms,
  mandateId?: string,
): FilterReading<K> {
  const given = (term: FilterTerm) => (FILTER_TERMS[kind].includes(term) ? terms[term] : undefined);
  const period = periodBetween(given("from"), given("to"));
  if (period !== undefined && !period.ok) {
    const expected = "a date as YYYY, YYYY-MM or YYYY-MM-DD";
    return {
      ok: false,
      error: invalidFilter(kind, [{ term: "from/to", path: [], reason: period.error.reason, expected }]),
    };
  }
  const fields = {
    ...(mandateId === undefined ? {} : { mandateId }),
    country: given("country")?.toUpperCase(),
    region: given("region"),
    placeRole: given("placeRole"),
    topic: given("topic"),
    kind: given("kind"),
    partner: given("partner"),
    audience: given("audience"),
    bodyId: given("bodyId")?.toLowerCase(),
    indicatorId: given("indicatorId"),
    ...(period === undefined ? {} : { period: period.value }),
    text: given("text"),
  };
  const raw = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  const parsed = FILTER_SCHEMAS[kind].safeParse(raw, DECODING_OPTIONS);
  if (parsed.success) return { ok: true, value: parsed.data as FilterOf<K> };
  const problems = problemsFromIssues(parsed.error.issues).map((problem): FilterProblem => {
    const field = String(problem.path[0] ?? "");
    return { ...problem, term: TERM_OF_FIELD[field] ?? (field as FilterTerm) };
  });
  return { ok: false, error: invalidFilter(kind, problems) };
}

/**
 * The filter of a kind the terms make, with the `mandate` term found in the store first
 * (`Store.findMandate`: an id, a symbol or a citation): NotFound when it names no mandate,
 * InvalidFilter when the terms make no filter (see {@link readFilter}).
 * @example filterFromTerms("activity", { mandate: "GA resolution 74/173", from: "2020" })
 */
export function filterFromTerms<K extends FilterableKind>(
  kind: K,
  terms: FilterTerms,
): Effect.Effect<FilterOf<K>, InvalidFilter | NotFound | StoreFailure, Store> {
  return Effect.gen(function* () {
    const reference = FILTER_TERMS[kind].includes("mandate") ? terms.mandate : undefined;
    const mandateId = reference === undefined ? undefined : (yield* (yield* Store).findMandate(reference)).record.id;
    const reading = readFilter(kind, terms, mandateId);
    return reading.ok ? reading.value : yield* Effect.fail(reading.error);
  });
}
