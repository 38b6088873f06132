import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { paginate, PageRequest } from "./Pagination";

const sessions = ["ccpcj-20", "ccpcj-29", "ccpcj-30", "eg-cybercrime-6", "eg-cybercrime-7"].map((id) => ({ id }));
const idOf = (session: { readonly id: string }) => session.id;
const QUERY = { list: "session" };

describe("paging a list", () => {
  it("following the cursors visits every item once, in order, for any page size", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), (limit) => {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          const page = paginate(sessions, idOf, { limit, ...(cursor === undefined ? {} : { cursor }) }, QUERY);
          if (!page.ok) throw new Error(page.error.message);
          expect(page.value.items.length).toBeLessThanOrEqual(limit);
          seen.push(...page.value.items.map(idOf));
          cursor = page.value.nextCursor;
        } while (cursor !== undefined);
        expect(seen).toEqual(sessions.map(idOf));
      }),
    );
  });

  it("the last page has no cursor, even when it is exactly full", () => {
    const first = paginate(sessions, idOf, { limit: 3 }, QUERY);
    const second = first.ok ? paginate(sessions, idOf, { limit: 2, cursor: first.value.nextCursor! }, QUERY) : first;
    expect(second.ok && second.value).toEqual({ items: sessions.slice(3) });
  });

  it("a cursor whose item has gone continues with the next id", () => {
    const first = paginate(sessions, idOf, { limit: 2 }, QUERY);
    const withoutIt = sessions.filter((session) => session.id !== "ccpcj-29");
    const rest = first.ok ? paginate(withoutIt, idOf, { cursor: first.value.nextCursor! }, QUERY) : first;
    expect(rest.ok && rest.value.items.map(idOf)).toEqual(["ccpcj-30", "eg-cybercrime-6", "eg-cybercrime-7"]);
  });

  it("a cursor of another query is refused with InvalidCursor", () => {
    const first = paginate(sessions, idOf, { limit: 2 }, QUERY);
    const other = first.ok ? paginate(sessions, idOf, { cursor: first.value.nextCursor! }, { list: "mandate" }) : first;
    expect(other.ok ? undefined : other.error._tag).toBe("InvalidCursor");
  });

  it("a page request takes a size and a cursor, and nothing else", () => {
    expect(PageRequest.parse({ limit: 20, cursor: "abc" })).toEqual({ limit: 20, cursor: "abc" });
    expect(PageRequest.safeParse({ offset: 5000 }).success).toBe(false);
  });
});
