import type { ActivitySort, Page } from "@remit/core";
import { ACTIVITY_SORT_KEYS, ActivitySortText, PAGE_MAX_LIMIT, Store, readActivitySort } from "@remit/core";
import { Effect } from "effect";
import type { CliContext } from "../command/CliContext";
import { handle, handleWithStore } from "../command/Handle";
import { usageError } from "../failure/CliFailure";
import { tableLines } from "../output/TableLines";
import { printJson, printJsonLines, printLines, printNote } from "../output/Stdout";
import { filterOf, inapplicableFilters, type ListFilterFlags } from "./ListFlags";
import { columnsOf, LISTED_KINDS, rowOf, type ListedKind } from "./RecordRows";
import { cliMessage, say, type CliMessage } from "../messages/CliMessage";

/** The arguments and flags of `remit list`. */
export interface ListInput extends ListFilterFlags {
  readonly what: ListedKind;
  readonly limit: number;
  readonly cursor?: string;
  /** The order of activities, as `ActivitySortText` spells it (`start:desc`). */
  readonly sort?: string;
}

type AnyRecord = { readonly id: string };

/** One page of the kind asked for, filtered by the store (`find`, the same answer as core's `matchesFilter`). */
function pageOf(input: ListInput) {
  return Effect.gen(function* () {
    const store = yield* Store;
    const kind = LISTED_KINDS[input.what];
    const filter = yield* filterOf(kind, input);
    const page = { limit: input.limit, ...(input.cursor === undefined ? {} : { cursor: input.cursor }) };
    const found = yield* store.find(kind, filter, page, yield* sortOf(input));
    return {
      items: found.items.map((stored) => stored.record as AnyRecord),
      ...(found.nextCursor === undefined ? {} : { nextCursor: found.nextCursor }),
    } satisfies Page<AnyRecord>;
  });
}

/** The order `--sort` asks for; a usage error for an order core does not define, or for a kind listed by id only. */
function sortOf(input: ListInput): Effect.Effect<ActivitySort | undefined, ReturnType<typeof usageError>> {
  if (input.sort === undefined) return Effect.succeed(undefined);
  if (LISTED_KINDS[input.what] !== "activity") {
    return Effect.fail(usageError(cliMessage("cli.sortKind", { what: input.what })));
  }
  const text = ActivitySortText.safeParse(input.sort);
  return text.success
    ? Effect.succeed(readActivitySort(text.data))
    : Effect.fail(usageError(cliMessage("cli.sort", { value: input.sort, sorts: ACTIVITY_SORT_KEYS.join(", ") })));
}

function printPage(context: CliContext, input: ListInput, page: Page<AnyRecord>) {
  // The next page must be asked in the same order: its cursor is refused in another.
  const order = input.sort === undefined ? "" : `--sort ${input.sort} `;
  const summary = say(context.language, "list.summary", {
    count: page.items.length,
    kind: LISTED_KINDS[input.what],
    next: page.nextCursor === undefined ? "none" : `${order}--cursor ${page.nextCursor}`,
  });
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
      const lines = tableLines(context, table);
      return Effect.andThen(
        printLines(page.items.length === 0 && context.output === "table" ? [] : lines),
        context.quiet ? Effect.void : printNote(summary),
      );
    }
  }
}

/**
 * `remit list KIND`: one page of records of a kind (50 by default), filtered, in a table on
 * a terminal, tab-separated lines on a pipe, or JSON. Every kind is filtered by the store
 * (`find`, the same answer as core's `matchesFilter`); activities are sorted as `--sort` asks
 * (core's `compareActivities`). `--cursor` continues where the last page ended.
 */
export const listHandler = (input: ListInput) =>
  limitProblem(input.limit) !== undefined
    ? handle(() => Effect.fail(usageError(limitProblem(input.limit) ?? "")))
    : listPage(input);

/** Why a --limit is refused (before the store is opened): a page holds 1 to PAGE_MAX_LIMIT records. */
function limitProblem(limit: number): CliMessage | undefined {
  if (Number.isInteger(limit) && limit >= 1 && limit <= PAGE_MAX_LIMIT) return undefined;
  return cliMessage("cli.limit", { value: String(limit), max: String(PAGE_MAX_LIMIT) });
}

const listPage = (input: ListInput) =>
  handleWithStore({ create: false }, (context) =>
    Effect.gen(function* () {
      const wrong = inapplicableFilters(input.what, input);
      if (wrong !== undefined) return yield* Effect.fail(wrong);
      const page = yield* pageOf(input);
      yield* printPage(context, input, page);
    }),
  );
