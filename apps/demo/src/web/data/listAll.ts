/** One page of a list answer of the API. */
interface ListPage<T> {
  readonly items: readonly T[];
  readonly nextCursor?: string | undefined;
}

/** Every item of a list, following `nextCursor` (for the small lists a page needs whole). */
export async function listAll<T>(page: (cursor: string | undefined) => Promise<ListPage<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const next = await page(cursor);
    items.push(...next.items);
    cursor = next.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return items;
}
