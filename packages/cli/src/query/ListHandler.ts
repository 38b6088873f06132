import type { Page } from "@remit/core";
import { Cursor, PAGE_MAX_LIMIT, Store, pageLimit } from "@remit/core";
import { Effect } from "effect";
import type { CliContext } from "../command/CliContext";
import { handle, handleWithStore } from "../command/Handle";
import { usageError } from "../failure/CliFailure";
import { renderPlain, renderTable } from "../output/Table";
import { printJson, printJsonLines, printLines, printNote } from "../output/Stdout";
import {
  activityFilterOf,
  inapplicableFilters,
  matchesInstrument,
  matchesMandate,
  matchesObservation,
  matchesSession,
  type ListFilterFlags,
} from "./ListFilters";
import { columnsOf, LISTED_KINDS, rowOf, type ListedKind } from "./RecordRows";
import { findMandate, listAll } from "./StoredRecords";

/** The arguments and flags of `remit list`. */
export interface ListInput extends ListFilterFlags {
  readonly what: ListedKind;
  readonly limit: number;
  readonly cursor?: string;
}

type AnyRecord = { readonly id: string };

function hasFilters(input: ListFilterFlags): boolean {
  return Object.entries(input).some(
    ([key, value]) => key !== "what" && key !== "limit" && key !== "cursor" && value !== undefined,
  );
}

function filtersOf(input: ListInput): ListFilterFlags {
  const { what: _what, limit: _limit, cursor: _cursor, ...filters } = input;
  return filters;
}

/** One page of a kind filtered in memory (few records: mandates, sessions, instruments), with a cursor of our own. */
function filteredPage(input: ListInput, matches: (record: never) => boolean) {
  return Effect.gen(function* () {
    const query = { list: input.what, filters: filtersOf(input) };
    const records = (yield* listAll(LISTED_KINDS[input.what]))
      .map((stored) => stored.record as AnyRecord)
      .filter((record) => matches(record as never));
    let start = 0;
    if (input.cursor !== undefined) {
      const reading = Cursor.decode(input.cursor, query);
      if (!reading.ok) return yield* Effect.fail(reading.error);
      start = records.findIndex((record) => record.id > reading.position.afterId);
      if (start < 0) start = records.length;
    }
    const items = records.slice(start, start + pageLimit({ limit: input.limit }));
    const last = items.at(-1);
    const more = start + items.length < records.length && last !== undefined;
    return { items, ...(more ? { nextCursor: Cursor.encode(last.id, query) } : {}) } satisfies Page<AnyRecord>;
  });
}

function pageOf(input: ListInput) {
  return Effect.gen(function* () {
    const store = yield* Store;
    const page = { limit: input.limit, ...(input.cursor === undefined ? {} : { cursor: input.cursor }) };
    const filters = filtersOf(input);
    if (input.what === "activities") {
      const mandateId = input.mandate === undefined ? undefined : (yield* findMandate(input.mandate)).id;
      const filter = activityFilterOf(filters, mandateId);
      if (filter instanceof Error) return yield* Effect.fail(filter);
      const found = yield* store.findActivities(filter, page);
      return {
        items: found.items.map((stored) => stored.record as AnyRecord),
        ...(found.nextCursor === undefined ? {} : { nextCursor: found.nextCursor }),
      };
    }
    if (!hasFilters(filters)) {
      const listed = yield* store.list(LISTED_KINDS[input.what], page);
      return {
        items: listed.items.map((stored) => stored.record as AnyRecord),
        ...(listed.nextCursor === undefined ? {} : { nextCursor: listed.nextCursor }),
      };
    }
    const matcher = {
      mandates: matchesMandate,
      sessions: matchesSession,
      instruments: matchesInstrument,
      observations: matchesObservation,
    }[input.what];
    return yield* filteredPage(input, (record: never) => matcher(record, filters));
  });
}

function printPage(context: CliContext, input: ListInput, page: Page<AnyRecord>) {
  const next = page.nextCursor === undefined ? "" : ` · next page: --cursor ${page.nextCursor}`;
  const noun = page.items.length === 1 ? LISTED_KINDS[input.what] : input.what;
  const summary = `${page.items.length} ${noun}${next}`;
  switch (context.output) {
    case "json":
      return printJson({
        kind: LISTED_KINDS[input.what],
        items: page.items,
        ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }),
      });
    case "jsonl":
      return Effect.andThen(
        printJsonLines(page.items),
        page.nextCursor === undefined || context.quiet ? Effect.void : printNote(summary),
      );
    default: {
      const table = {
        columns: columnsOf(input.what, context.language),
        rows: page.items.map((record) => rowOf(input.what, record as never, context.language)),
      };
      const lines =
        context.output === "table"
          ? renderTable(table, context.columns, (text) => (context.color ? `\x1b[1m${text}\x1b[0m` : text))
          : renderPlain(table);
      return Effect.andThen(
        printLines(page.items.length === 0 && context.output === "table" ? [] : lines),
        context.quiet ? Effect.void : printNote(summary),
      );
    }
  }
}

/**
 * `remit list KIND`: one page of records of a kind (50 by default), filtered, in a table on
 * a terminal, tab-separated lines on a pipe, or JSON. Activities are filtered by the store
 * (`findActivities`, the same answer as core's `matchesActivityFilter`); the other kinds, of
 * which there are few, in memory. `--cursor` continues where the last page ended.
 */
export const listHandler = (input: ListInput) =>
  limitProblem(input.limit) !== undefined
    ? handle(() => Effect.fail(usageError(limitProblem(input.limit) ?? "")))
    : listPage(input);

/** Why a --limit is refused (before the store is opened): a page holds 1 to PAGE_MAX_LIMIT records. */
function limitProblem(limit: number): string | undefined {
  if (Number.isInteger(limit) && limit >= 1 && limit <= PAGE_MAX_LIMIT) return undefined;
  return `--limit ${limit} is not a page size; give a whole number from 1 to ${PAGE_MAX_LIMIT}`;
}

const listPage = (input: ListInput) =>
  handleWithStore({ create: false }, (context) =>
    Effect.gen(function* () {
      const wrong = inapplicableFilters(input.what, filtersOf(input));
      if (wrong !== undefined) return yield* Effect.fail(wrong);
      const page = yield* pageOf(input);
      yield* printPage(context, input, page);
    }),
  );
