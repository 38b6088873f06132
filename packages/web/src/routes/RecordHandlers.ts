import {
  FILTER_SCHEMAS,
  Store,
  filterFromTerms,
  readActivitySort,
  type ActivitySortText,
  type SortOf,
  type FilterTerms,
  type EntityKind,
  type EntityOf,
  type FilterableKind,
  type Page,
  type Stored,
} from "@remit/core";
import { Effect } from "effect";
import type { Hono } from "hono";
import type { ApiContext } from "../ApiContext";
import type { ApiEnv } from "../http/ApiEnv";
import { bind, type Handler } from "../http/Bind";
import { contentETag, revisionETag } from "../http/Conditional";
import { apiProblem } from "../http/Problem";
import { RECORD_NAMES } from "../contract/Routes";
import type { OperationId } from "../contract/Routes";
import { findMandate } from "./MandateLookup";
import { applyMergePatch } from "./MergePatch";

type Query = { readonly [name: string]: unknown };

/** The page as the API answers it. */
function pageBody<K extends EntityKind>(page: Page<Stored<K>>) {
  return { items: page.items, ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) };
}

/**
 * A page's ETag from what determines its bytes: each item's kind, id and revision (a
 * revision is never reused, even after a removal) and the next cursor. Cheaper than
 * fingerprinting the whole text.
 */
function pageETag<K extends EntityKind>(page: Page<Stored<K>>): string {
  const parts = page.items.map((stored) => `${stored.kind}/${stored.record.id}@${stored.revision}`);
  return contentETag(`${parts.join("\n")}\n${page.nextCursor ?? ""}`);
}

/**
 * The store filter a list query asks for (core's `filterFromTerms`): `from`/`to` become its
 * period, and for activities `mandate` (an id, symbol or citation) becomes `mandateId`.
 */
function filterOf<K extends FilterableKind>(kind: K, query: Query) {
  const { limit: _limit, cursor: _cursor, sort: _sort, ...terms } = query;
  return filterFromTerms(kind, terms as FilterTerms).pipe(
    Effect.mapError((problem) => {
      if (problem._tag !== "InvalidFilter") return problem;
      const problems = problem.problems.map(({ term, ...rest }) => ({
        ...rest,
        path: ["query", ...(rest.path.length === 0 ? [term] : rest.path)],
      }));
      return apiProblem(
        "InvalidRequest",
        `The filters do not make a query: ${problems[0]?.reason ?? "see problems"}.`,
        {
          problems,
        },
      );
    }),
  );
}

/** The activity filter of `GET /activities`'s query (and of the exports). */
export function activityFilterOf(query: Query) {
  return filterOf("activity", query);
}

/** The order a list query asks for: `?sort=start:desc` for activities, none for other kinds (id order). */
function sortOf<K extends FilterableKind>(kind: K, query: Query): SortOf<K> | undefined {
  const text = query.sort as ActivitySortText | undefined;
  return kind === "activity" && text !== undefined ? (readActivitySort(text) as SortOf<K>) : undefined;
}

function pageRequest(query: Query) {
  const limit = query.limit as number | undefined;
  const cursor = query.cursor as string | undefined;
  return { ...(limit === undefined ? {} : { limit }), ...(cursor === undefined ? {} : { cursor }) };
}

/** The stored record a path names: by id, or for mandates by symbol or citation too. */
function storedOf<K extends EntityKind>(kind: K, id: string) {
  return Effect.gen(function* () {
    if (kind === "mandate") return (yield* findMandate(id)) as unknown as Stored<K>;
    const store = yield* Store;
    return yield* store.get(kind, id);
  });
}

function sameId(kind: EntityKind, pathId: string, record: unknown) {
  const bodyId = (record as { readonly id?: unknown } | null)?.id;
  if (bodyId === pathId) return Effect.void;
  return Effect.fail(
    apiProblem(
      "InvalidBody",
      `The ${kind}'s id ${JSON.stringify(bodyId)} is not the id in the path, ${JSON.stringify(pathId)}; a record's id cannot change.`,
      {
        problems: [{ path: ["id"], reason: `must be ${JSON.stringify(pathId)}, the id in the path` }],
      },
    ),
  );
}

function isFilterable(kind: EntityKind): kind is FilterableKind {
  return kind in FILTER_SCHEMAS;
}

/** Binds the six record operations of one kind. */
export function bindRecordOperations(app: Hono<ApiEnv>, api: ApiContext, kind: EntityKind): void {
  const [one, many] = RECORD_NAMES[kind];
  const id = (name: string) => name as OperationId;

  const list: Handler<OperationId> = ({ query }) =>
    Effect.gen(function* () {
      const store = yield* Store;
      const q = query as Query;
      const page = isFilterable(kind)
        ? yield* store.find(kind, yield* filterOf(kind, q), pageRequest(q), sortOf(kind, q))
        : yield* store.list(kind, pageRequest(q));
      return { json: pageBody(page) as never, etag: pageETag(page) };
    });

  const get: Handler<OperationId> = ({ params }) =>
    Effect.map(storedOf(kind, (params as { id: string }).id), (stored) => ({
      json: stored as never,
      etag: revisionETag(stored.revision),
    }));

  const put: Handler<OperationId> = ({ params, body, caller, expected }) =>
    Effect.gen(function* () {
      const pathId = (params as { id: string }).id;
      yield* sameId(kind, pathId, body);
      const store = yield* Store;
      const stored = yield* store.put(kind, body as EntityOf<typeof kind>, {
        actor: caller.actor,
        ...(expected === undefined ? {} : { expectedRevision: expected }),
      });
      return { json: stored as never, etag: revisionETag(stored.revision) };
    });

  const patch: Handler<OperationId> = ({ params, body, caller, expected }) =>
    Effect.gen(function* () {
      const pathId = (params as { id: string }).id;
      const current = yield* storedOf(kind, pathId);
      const changed = applyMergePatch(current.record, body);
      yield* sameId(kind, current.record.id, changed);
      const store = yield* Store;
      // The store checks the revision again inside its write transaction: a change made between
      // this read and the write is refused (412), never overwritten.
      const stored = yield* store.put(kind, changed as EntityOf<typeof kind>, {
        actor: caller.actor,
        ...(expected === undefined ? {} : { expectedRevision: expected }),
      });
      return { json: stored as never, etag: revisionETag(stored.revision) };
    });

  const remove: Handler<OperationId> = ({ params, caller, expected }) =>
    Effect.gen(function* () {
      const store = yield* Store;
      const target =
        kind === "mandate"
          ? (yield* findMandate((params as { id: string }).id)).record.id
          : (params as { id: string }).id;
      yield* store.remove(kind, target, {
        actor: caller.actor,
        ...(expected === undefined ? {} : { expectedRevision: expected }),
      });
      return { empty: true as const };
    });

  const history: Handler<OperationId> = ({ params }) =>
    Effect.gen(function* () {
      const store = yield* Store;
      const target =
        kind === "mandate"
          ? (yield* findMandate((params as { id: string }).id)).record.id
          : (params as { id: string }).id;
      const items = yield* store.history(kind, target);
      if (items.length === 0)
        return yield* Effect.fail(
          apiProblem("NotFound", `There is no ${kind} with the id "${target}", and none was ever stored.`, {
            kind,
            id: target,
          }),
        );
      return { json: { items } as never };
    });

  bind(app, api, id(`list${many}`), list);
  bind(app, api, id(`get${one}`), get);
  bind(app, api, id(`put${one}`), put);
  bind(app, api, id(`patch${one}`), patch);
  bind(app, api, id(`delete${one}`), remove);
  bind(app, api, id(`get${one}History`), history);
}
