import { describe, expect, it } from "vitest";
import { everyPage } from "./EveryPage";

/** The sessions of the CCPCJ, 20th to 30th, answered three to a page as an API would. */
const sessions = Array.from({ length: 11 }, (_, index) => `ccpcj-${20 + index}`);
function answer(cursor: string | undefined) {
  const start = cursor === undefined ? 0 : Number(cursor);
  const end = start + 3;
  return Promise.resolve({
    items: sessions.slice(start, end),
    ...(end < sessions.length ? { nextCursor: String(end) } : {}),
  });
}

describe("every page of a list answer", () => {
  it("follows the cursors from the first page to the last, in order", async () => {
    const asked: (string | undefined)[] = [];
    const items = await everyPage((cursor) => {
      asked.push(cursor);
      return answer(cursor);
    });
    expect(items).toEqual(sessions);
    expect(asked).toEqual([undefined, "3", "6", "9"]);
  });

  it("stops at a page without a next cursor, even an empty one", async () => {
    expect(await everyPage(() => Promise.resolve({ items: [] }))).toEqual([]);
  });
});
